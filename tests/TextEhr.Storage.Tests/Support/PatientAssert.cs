using TextEhr.Domain.Patients;

namespace TextEhr.Storage.Tests.Support;

/// <summary>Record equality compares lists by reference; this compares 公費 by content.</summary>
public static class PatientAssert
{
    public static void Same(Patient expected, Patient? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.PublicCoverages, actual.PublicCoverages);
        Assert.Equal(expected with { PublicCoverages = [] }, actual with { PublicCoverages = [] });
    }
}
