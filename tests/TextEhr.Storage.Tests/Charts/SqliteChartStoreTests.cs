using TextEhr.Domain.Clinical;
using TextEhr.Domain.Validation;
using TextEhr.Storage.Tests.Support;

namespace TextEhr.Storage.Tests.Charts;

public sealed class SqliteChartStoreTests : IDisposable
{
    private static readonly DateOnly Visit = new(2025, 6, 2);
    private readonly TestClinic _clinic = new();
    private readonly long _patientId;

    public SqliteChartStoreTests()
    {
        _patientId = _clinic.Db.Patients.Add(Some.Patient(), _clinic.DoctorId).Id;
    }

    private Domain.Stores.IChartStore Charts => _clinic.Db.Charts;

    public void Dispose() => _clinic.Dispose();

    [Fact]
    public void CreateDraft_starts_version_1_as_an_unconfirmed_draft()
    {
        var draft = Charts.CreateDraft(_patientId, Visit, Some.Content(prescription: Some.Prescription()), _clinic.DoctorId);

        Assert.Equal((1, EntryStatus.Active, false, _patientId, Visit), (draft.Version, draft.Status, draft.IsConfirmed, draft.PatientId, draft.VisitDate));
        Assert.Equal(_clinic.DoctorId, draft.AuthorId);
        Assert.Equal(_clinic.Time.GetUtcNow(), draft.AuthoredAt);
        Assert.Null(draft.Reason);
    }

    [Fact]
    public void A_version_reads_back_its_whole_content_with_exact_decimals_and_prescription()
    {
        var content = Some.Content(prescription: Some.Prescription(outOfHouse: false)) with
        {
            Vitals = new Vitals { Systolic = 140, Diastolic = 90, Pulse = 72, TemperatureCelsius = 36.50m, SpO2 = 98, HeightCm = 160.2m, WeightKg = 55.05m },
        };

        var draft = Charts.CreateDraft(_patientId, Visit, content, _clinic.DoctorId);
        var read = Charts.GetVersion(draft.Id)!;

        Assert.Equal(content.Vitals, read.Content.Vitals);
        Assert.Equal(content.Subjective, read.Content.Subjective);
        Assert.False(read.Content.Prescription!.IsOutOfHouse);
        Assert.Equal(
            content.Prescription!.Groups.SelectMany(g => g.Items),
            read.Content.Prescription.Groups.SelectMany(g => g.Items));
        Assert.Equal(
            content.Prescription.Groups.Select(g => (g.Form, g.Usage, g.Duration, g.DurationUnit)),
            read.Content.Prescription.Groups.Select(g => (g.Form, g.Usage, g.Duration, g.DurationUnit)));
        Assert.Equal(draft.ContentHash, read.ContentHash);
    }

    [Fact]
    public void SaveDraft_replaces_the_content_and_the_prescription_of_the_draft()
    {
        var draft = Charts.CreateDraft(_patientId, Visit, Some.Content(prescription: Some.Prescription()), _clinic.DoctorId);

        var saved = Charts.SaveDraft(draft.Id, Some.Content("熱が下がった", Some.Prescription("アセトアミノフェン")), _clinic.DoctorId);

        Assert.Equal((draft.Id, 1, "熱が下がった"), (saved.Id, saved.Version, saved.Content.Subjective));
        Assert.Equal("アセトアミノフェン", saved.Content.Prescription!.Groups[0].Items[0].DrugName);
        Assert.Equal(2, saved.Content.Prescription.Groups.Count);
        Assert.NotEqual(draft.ContentHash, saved.ContentHash, StringComparer.Ordinal);
    }

    [Fact]
    public void Confirm_freezes_the_draft_with_who_and_when()
    {
        var draft = Charts.CreateDraft(_patientId, Visit, Some.Content(), _clinic.DoctorId);
        _clinic.Time.Advance(TimeSpan.FromMinutes(5));

        var confirmed = Charts.Confirm(draft.Id, _clinic.DoctorId);

        Assert.True(confirmed.IsConfirmed);
        Assert.Equal((_clinic.DoctorId, _clinic.Time.GetUtcNow()), (confirmed.ConfirmedById!.Value, confirmed.ConfirmedAt!.Value));
        Assert.Equal(draft.ContentHash, confirmed.ContentHash);
    }

    [Fact]
    public void A_confirmed_version_cannot_be_confirmed_again_nor_saved_as_a_draft()
    {
        var draft = Charts.CreateDraft(_patientId, Visit, Some.Content(), _clinic.DoctorId);
        Charts.Confirm(draft.Id, _clinic.DoctorId);

        var again = Assert.Throws<ValidationException>(() => Charts.Confirm(draft.Id, _clinic.DoctorId));
        var save = Assert.Throws<ValidationException>(() => Charts.SaveDraft(draft.Id, Some.Content("書き換え"), _clinic.DoctorId));

        AssertRefused(StorageMessages.VersionAlreadyConfirmed, again);
        AssertRefused(StorageMessages.VersionAlreadyConfirmed, save);
        Assert.Equal("咳が続く", Charts.GetVersion(draft.Id)!.Content.Subjective);
    }

    [Fact]
    public void An_empty_draft_cannot_be_confirmed()
    {
        var draft = Charts.CreateDraft(_patientId, Visit, new ChartEntryContent(), _clinic.DoctorId);

        var refused = Assert.Throws<ValidationException>(() => Charts.Confirm(draft.Id, _clinic.DoctorId));

        AssertRefused(StorageMessages.EmptyContent, refused);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \u3000")]
    public void Amend_requires_a_reason(string reason)
    {
        var entry = ConfirmedEntry();

        var refused = Assert.Throws<ValidationException>(() => Charts.Amend(entry.EntryId, Some.Content("訂正"), reason, _clinic.DoctorId));

        Assert.Equal(new ValidationError(StorageMessages.AmendReasonField, StorageMessages.ReasonRequired), Assert.Single(refused.Errors));
        Assert.Single(Charts.History(entry.EntryId, _clinic.DoctorId));
    }

    [Fact]
    public void Amend_of_an_entry_whose_newest_version_is_a_draft_is_refused()
    {
        var draft = Charts.CreateDraft(_patientId, Visit, Some.Content(), _clinic.DoctorId);

        var refused = Assert.Throws<ValidationException>(() => Charts.Amend(draft.EntryId, Some.Content("訂正"), "誤記", _clinic.DoctorId));

        AssertRefused(StorageMessages.DraftPending, refused);
    }

    [Fact]
    public void Amend_then_confirm_makes_version_2_linked_to_version_1_and_both_stay_readable()
    {
        var first = ConfirmedEntry(Some.Prescription());

        var amended = Charts.Amend(first.EntryId, Some.Content("咳は3日前から"), "発症日の誤記", _clinic.DoctorId);
        var second = Charts.Confirm(amended.Id, _clinic.DoctorId);
        var history = Charts.History(first.EntryId, _clinic.DoctorId);

        Assert.Equal((first.EntryId, 2, "発症日の誤記", false), (amended.EntryId, amended.Version, amended.Reason, amended.IsConfirmed));
        Assert.True(second.IsConfirmed);
        Assert.Equal([1, 2], history.Select(v => v.Version));
        Assert.Equal(first, history[0] with { Content = first.Content });
        Assert.Equal(first.Content.Subjective, history[0].Content.Subjective);
        Assert.NotNull(history[0].Content.Prescription);
        Assert.Equal("咳は3日前から", history[1].Content.Subjective);
        Assert.NotEqual(history[0].ContentHash, history[1].ContentHash, StringComparer.Ordinal);
    }

    [Fact]
    public void Void_needs_a_reason_and_adds_a_confirmed_voided_version_that_ends_the_entry()
    {
        var first = ConfirmedEntry();

        Assert.Throws<ValidationException>(() => Charts.Void(first.EntryId, " ", _clinic.DoctorId));
        var voided = Charts.Void(first.EntryId, "別患者のカルテに記載", _clinic.DoctorId);

        Assert.Equal((2, EntryStatus.Voided, true, "別患者のカルテに記載"), (voided.Version, voided.Status, voided.IsConfirmed, voided.Reason));
        Assert.Equal(first.Content.Subjective, voided.Content.Subjective);
        AssertRefused(StorageMessages.EntryVoided, Assert.Throws<ValidationException>(() => Charts.Amend(first.EntryId, Some.Content(), "再訂正", _clinic.DoctorId)));
        AssertRefused(StorageMessages.EntryVoided, Assert.Throws<ValidationException>(() => Charts.Void(first.EntryId, "再取消", _clinic.DoctorId)));
    }

    [Fact]
    public void Void_of_an_unconfirmed_draft_leaves_the_draft_unconfirmable()
    {
        var draft = Charts.CreateDraft(_patientId, Visit, Some.Content(), _clinic.DoctorId);

        Charts.Void(draft.EntryId, "作成誤り", _clinic.DoctorId);

        AssertRefused(StorageMessages.NotNewestVersion, Assert.Throws<ValidationException>(() => Charts.Confirm(draft.Id, _clinic.DoctorId)));
    }

    [Fact]
    public void Recent_returns_the_newest_version_of_each_entry_newest_visit_first()
    {
        var older = ConfirmedEntry(visit: new DateOnly(2025, 5, 1));
        var amended = Charts.Amend(older.EntryId, Some.Content("訂正後"), "追記", _clinic.DoctorId);
        var newer = ConfirmedEntry(visit: new DateOnly(2025, 6, 1));
        var voided = Charts.Void(ConfirmedEntry(visit: new DateOnly(2025, 4, 1)).EntryId, "誤り", _clinic.DoctorId);

        var recent = Charts.Recent(_patientId, 10, _clinic.DoctorId);

        Assert.Equal([newer.Id, amended.Id, voided.Id], recent.Select(v => v.Id));
        Assert.Equal([newer.Id], Charts.Recent(_patientId, 1, _clinic.DoctorId).Select(v => v.Id));
    }

    [Fact]
    public void LastPrescription_finds_the_newest_confirmed_prescription_before_the_date()
    {
        ConfirmedEntry(Some.Prescription("古い薬"), new DateOnly(2025, 4, 1));
        var amendedEntry = ConfirmedEntry(Some.Prescription("訂正前の薬"), new DateOnly(2025, 5, 1));
        Charts.Confirm(Charts.Amend(amendedEntry.EntryId, Some.Content(prescription: Some.Prescription("訂正後の薬")), "用量誤り", _clinic.DoctorId).Id, _clinic.DoctorId);
        ConfirmedEntry(visit: new DateOnly(2025, 5, 10));
        Charts.Void(ConfirmedEntry(Some.Prescription("取消された薬"), new DateOnly(2025, 5, 15)).EntryId, "誤り", _clinic.DoctorId);
        Charts.CreateDraft(_patientId, new DateOnly(2025, 5, 20), Some.Content(prescription: Some.Prescription("下書きの薬")), _clinic.DoctorId);
        ConfirmedEntry(Some.Prescription("当日の薬"), Visit);

        var last = Charts.LastPrescription(_patientId, Visit);

        Assert.Equal("訂正後の薬", last!.Groups[0].Items[0].DrugName);
        Assert.Equal("古い薬", Charts.LastPrescription(_patientId, new DateOnly(2025, 5, 1))!.Groups[0].Items[0].DrugName);
        Assert.Null(Charts.LastPrescription(_patientId, new DateOnly(2025, 4, 1)));
    }

    [Fact]
    public void Last_visit_follows_confirmations_and_voids()
    {
        var april = ConfirmedEntry(visit: new DateOnly(2025, 4, 1));
        var may = ConfirmedEntry(visit: new DateOnly(2025, 5, 1));
        Assert.Equal(new DateOnly(2025, 5, 1), LastVisit());

        Charts.Void(may.EntryId, "誤り", _clinic.DoctorId);
        Assert.Equal(new DateOnly(2025, 4, 1), LastVisit());

        Charts.Void(april.EntryId, "誤り", _clinic.DoctorId);
        Assert.Null(LastVisit());
    }

    [Fact]
    public void Equal_content_has_an_equal_hash_and_any_change_alters_it()
    {
        var a = Charts.CreateDraft(_patientId, Visit, Some.Content(prescription: Some.Prescription()), _clinic.DoctorId);
        var b = Charts.CreateDraft(_patientId, Visit, Some.Content(prescription: Some.Prescription()), _clinic.DoctorId);
        var c = Charts.CreateDraft(_patientId, Visit, Some.Content(prescription: Some.Prescription(outOfHouse: false)), _clinic.DoctorId);

        Assert.Equal(a.ContentHash, b.ContentHash);
        Assert.NotEqual(a.ContentHash, c.ContentHash, StringComparer.Ordinal);
        Assert.Matches("^[0-9a-f]{64}$", a.ContentHash);
    }

    private static void AssertRefused(string message, ValidationException refused) =>
        Assert.Equal(new ValidationError(StorageMessages.ChartEntryField, message), Assert.Single(refused.Errors));

    private DateOnly? LastVisit() => _clinic.Db.Patients.Search("ヤマダ", 1)[0].LastVisit;

    private ChartEntryVersion ConfirmedEntry(Domain.Prescriptions.Prescription? prescription = null, DateOnly? visit = null)
    {
        var draft = Charts.CreateDraft(_patientId, visit ?? Visit, Some.Content(prescription: prescription), _clinic.DoctorId);
        return Charts.Confirm(draft.Id, _clinic.DoctorId);
    }
}
