using TextEhr.App.Demo;
using TextEhr.Domain.Insurance;
using TextEhr.Domain.Patients;
using TextEhr.Storage;

namespace TextEhr.App.Tests.Demo;

public sealed class DemoClinicGeneratorTests(DemoClinicFixture clinic) : IClassFixture<DemoClinicFixture>
{
    private static readonly DateOnly EarliestBirth = new(1930, 1, 1);
    private static readonly DateOnly LatestBirth = new(2023, 12, 31);

    // A fresh database numbers its patients from 1 in the order they were added.
    private const long FirstPatientId = 1;

    [Fact]
    public void The_same_seed_gives_the_same_counts_and_the_same_first_patient()
    {
        var folder = Path.Combine(Path.GetTempPath(), "textehr-demo-again-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            using var again = ClinicDatabase.Open(Path.Combine(folder, "textehr.db"), TimeProvider.System);
            var summary = DemoClinicGenerator.Generate(again, DemoClinicFixture.Patients, DemoClinicFixture.Seed, DemoClinicFixture.Today, null);

            Assert.Equal(clinic.Summary with { Elapsed = TimeSpan.Zero }, summary with { Elapsed = TimeSpan.Zero });
            var first = clinic.Database.Patients.Open(FirstPatientId, clinic.DoctorId)!;
            var firstAgain = again.Patients.Open(FirstPatientId, DemoDoctor.Ensure(again.Users))!;
            AssertSamePerson(first, firstAgain);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Another_seed_gives_another_clinic()
    {
        var today = DemoClinicFixture.Today;
        var a = DemoPatientFactory.Create(DemoClinicFixture.Seed, 0, today).Patient;
        var b = DemoPatientFactory.Create(DemoClinicFixture.Seed + 1, 0, today).Patient;

        Assert.NotEqual((a.Name, a.BirthDate, a.Address), (b.Name, b.BirthDate, b.Address));
    }

    [Fact]
    public void The_summary_counts_what_was_written()
    {
        var s = clinic.Summary;

        Assert.Equal(DemoClinicFixture.Patients, s.Patients);
        Assert.Equal(DemoClinicFixture.Patients, clinic.Database.Patients.Count());
        Assert.True(s.Entries > s.Patients, $"{s.Entries} entries");
        Assert.InRange(s.Prescriptions, s.Entries / 2, s.Entries);
        Assert.True(s.LabResults > 0 && s.Problems >= s.Patients && s.Allergies > 0, s.ToString());
    }

    [Fact]
    public void Every_insurer_and_public_payer_number_passes_its_check_digit()
    {
        var withInsurance = 0;
        foreach (var patient in AllPatients())
        {
            if (patient.Insurance is { } coverage)
            {
                withInsurance++;
                Assert.True(CheckDigit.IsValid(coverage.InsurerNumber), coverage.InsurerNumber);
                Assert.True(InsurerNumber.Parse(coverage.InsurerNumber).IsSuccess, coverage.InsurerNumber);
            }

            foreach (var payer in patient.PublicCoverages)
            {
                Assert.True(PublicPayerNumber.Parse(payer.PayerNumber).IsSuccess, payer.PayerNumber);
                var recipient = RecipientNumber.Parse(payer.RecipientNumber);
                Assert.True(recipient.IsSuccess && recipient.Value!.HasValidCheckDigit, payer.RecipientNumber);
            }
        }

        Assert.True(withInsurance > DemoClinicFixture.Patients * 9 / 10, $"{withInsurance} insured");
    }

    [Fact]
    public void Insurance_follows_age()
    {
        foreach (var patient in AllPatients())
        {
            var age = Domain.Dates.Age.FullYears(patient.BirthDate, DemoClinicFixture.Today);
            if (patient.Insurance is not { } coverage)
            {
                Assert.Contains(patient.PublicCoverages, payer => payer.PayerNumber.StartsWith("12", StringComparison.Ordinal));
                continue;
            }

            if (age >= 75)
            {
                Assert.Equal(InsuranceKind.LateElderly, coverage.Kind);
                Assert.StartsWith("39", coverage.InsurerNumber, StringComparison.Ordinal);
                Assert.InRange(coverage.CardCopayTenths!.Value, 1, 3);
            }
            else if (age >= 70)
            {
                Assert.InRange(coverage.CardCopayTenths!.Value, 2, 3);
            }
            else
            {
                Assert.Null(coverage.CardCopayTenths);
            }
        }
    }

    [Fact]
    public void Kana_readings_are_all_katakana()
    {
        foreach (var patient in AllPatients())
        {
            Assert.True(IsKatakana(patient.KanaName.Family) && IsKatakana(patient.KanaName.Given), patient.KanaName.Full);
        }
    }

    [Fact]
    public void Births_fall_between_1930_and_2023()
    {
        Assert.All(AllPatients(), patient => Assert.InRange(patient.BirthDate, EarliestBirth, LatestBirth));
    }

    [Fact]
    public void Every_entry_is_confirmed_and_every_patient_has_one()
    {
        long entries = 0;
        foreach (var patient in AllPatients())
        {
            var versions = clinic.Database.Charts.Recent(patient.Id, 10_000, clinic.DoctorId);
            Assert.NotEmpty(versions);
            Assert.All(versions, version => Assert.True(version.IsConfirmed && version.Version == 1));
            entries += versions.Count;
        }

        Assert.Equal(clinic.Summary.Entries, entries);
    }

    [Fact]
    public void The_audit_chain_verifies_and_the_integrity_check_is_ok()
    {
        var audit = clinic.Database.Audit.Verify();
        var integrity = clinic.Database.CheckIntegrity();

        Assert.True(audit.IsIntact, audit.ToString());
        Assert.True(integrity.IsOk, string.Join("\n", integrity.Problems));
    }

    private static void AssertSamePerson(Patient a, Patient b)
    {
        Assert.Equal(a.Name, b.Name);
        Assert.Equal(a.KanaName, b.KanaName);
        Assert.Equal(a.Sex, b.Sex);
        Assert.Equal(a.BirthDate, b.BirthDate);
        Assert.Equal(a.PostalCode, b.PostalCode);
        Assert.Equal(a.Address, b.Address);
        Assert.Equal(a.Phone, b.Phone);
        Assert.Equal(a.Insurance, b.Insurance);
        Assert.Equal(a.PublicCoverages, b.PublicCoverages);
    }

    private static bool IsKatakana(string text) =>
        text.Length > 0 && text.All(c => c is (>= 'ァ' and <= 'ヶ') or 'ー');

    private IReadOnlyList<Patient> AllPatients() => clinic.AllPatients;
}
