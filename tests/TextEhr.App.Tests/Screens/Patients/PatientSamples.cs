using TextEhr.App.Tests.Support;
using TextEhr.Domain.Patients;

namespace TextEhr.App.Tests.Screens.Patients;

/// <summary>Patients put straight into the real store of a <see cref="TestUi"/>.</summary>
internal static class PatientSamples
{
    public static Patient Add(TestUi ui, string name, string kana, DateOnly birth, Sex sex = Sex.Male, Coverage? insurance = null)
    {
        var (family, given) = Split(name);
        var (familyKana, givenKana) = Split(kana);
        return ui.Database.Patients.Add(
            new Patient
            {
                Name = new PersonName(family, given),
                KanaName = new PersonName(familyKana, givenKana),
                Sex = sex,
                BirthDate = birth,
                Phone = "03-1234-5678",
                Insurance = insurance,
            },
            ui.Doctor!.Id);
    }

    public static Patient Taro(TestUi ui) => Add(ui, "山田 太郎", "ヤマダ タロウ", new DateOnly(1975, 3, 1));

    public static Patient Hanako(TestUi ui) => Add(ui, "山本 花子", "ヤマモト ハナコ", new DateOnly(1948, 5, 10), Sex.Female);

    private static (string, string) Split(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return (text[..space], text[(space + 1)..]);
    }
}
