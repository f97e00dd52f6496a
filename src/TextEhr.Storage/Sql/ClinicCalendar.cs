namespace TextEhr.Storage.Sql;

/// <summary>
/// "Today" for date rules (a birth date may not be in the future). Japan keeps UTC+9 all year, so a
/// fixed offset gives the clinic's date whatever time zone the machine or the CI runner is set to.
/// </summary>
internal static class ClinicCalendar
{
    private static readonly TimeSpan JapanOffset = TimeSpan.FromHours(9);

    public static DateOnly Today(TimeProvider time) =>
        DateOnly.FromDateTime(time.GetUtcNow().ToOffset(JapanOffset).DateTime);
}
