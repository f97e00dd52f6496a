using TextEhr.Domain.Patients;
using TextEhr.Storage.Patients;
using TextEhr.Storage.Tests.Support;

namespace TextEhr.Storage.Tests.Patients;

/// <summary>
/// The in-memory search index stays true to the file when another ClinicDatabase (another process, say)
/// adds or edits patients: new rows and a few edits are applied in place, anything else reloads.
/// </summary>
public sealed class PatientSearchIndexTests : IDisposable
{
    private readonly TestClinic _clinic = new();
    private readonly ClinicDatabase _desk;
    private readonly ClinicDatabase _other;

    public PatientSearchIndexTests()
    {
        // Every short name and wide range through the index, whatever its size.
        _desk = _clinic.Open(new StorageOptions { InMemorySearchFrom = 0 });
        _other = _clinic.Open();
        _desk.Patients.Add(Some.Patient("山田", "太郎", "ヤマダ", "タロウ", new DateOnly(1975, 3, 1), "03-1234-5678"), _clinic.DoctorId);
        _desk.Patients.Add(Some.Patient("川口", "花子", "カワグチ", "ハナコ", new DateOnly(1990, 1, 5)), _clinic.DoctorId);
    }

    public void Dispose() => _clinic.Dispose();

    private PatientSearchIndex Index => ((SqlitePatientStore)_desk.Patients).SearchIndex;

    [Fact]
    public void The_index_is_not_loaded_until_a_search_needs_it()
    {
        _desk.Patients.Search("ヤマダ", 50);
        _desk.Patients.Search("山田太郎", 50);

        Assert.Equal(0, Index.Loads);

        _desk.Patients.Search("山", 50);

        Assert.Equal(1, Index.Loads);
    }

    [Fact]
    public void A_patient_added_through_another_instance_is_found_at_the_next_search()
    {
        Assert.Equal(["山田太郎"], Names("山"));

        _other.Patients.Add(Some.Patient("山口", "一郎", "ヤマグチ", "イチロウ", new DateOnly(1975, 8, 1), "03-9999-0000"), _clinic.DoctorId);

        Assert.Equal(["山口一郎", "山田太郎"], Names("山"));
        Assert.Equal(["山口一郎", "山田太郎"], Names("03"));
        Assert.Equal(["山口一郎", "山田太郎"], Names("S50"));
        Assert.Equal(1, Index.Loads);
    }

    [Fact]
    public void An_edit_through_another_instance_moves_the_patient_in_name_kana_birth_and_phone()
    {
        Assert.Equal(["川口花子"], Names("口"));
        var id = _desk.Patients.FindIdByChartNumber("2")!.Value;
        var before = _other.Patients.Open(id, _clinic.DoctorId)!;

        _other.Patients.Update(
            before with
            {
                Name = new PersonName("山川", "花子"),
                KanaName = new PersonName("アイカワ", "ハナコ"),
                BirthDate = new DateOnly(1975, 12, 1),
                Phone = "090-1111-2222",
            },
            _clinic.DoctorId);

        Assert.Empty(Names("口"));
        Assert.Equal(["山川花子", "山田太郎"], Names("山"));
        Assert.Equal(["山川花子", "山田太郎"], Names("S50"));
        Assert.Equal(["山川花子"], Names("090"));
        Assert.Equal(1, Index.Loads);
    }

    [Fact]
    public void Many_changes_at_once_reload_the_whole_index()
    {
        Names("山");
        using (var importer = _other.BeginBulkImport())
        {
            for (var i = 0; i < 100; i++)
            {
                importer.AddPatient(Some.Patient("山本", "優", "ヤマモト", "ユウ"), _clinic.DoctorId, _clinic.Time.GetUtcNow());
            }

            importer.Complete();
        }

        Assert.Equal(101, _desk.Patients.Search("山", 500).Count);
        Assert.Equal(2, Index.Loads);
    }

    [Fact]
    public void A_key_written_without_a_new_revision_still_reaches_the_index()
    {
        Names("山");
        using var raw = _clinic.Raw();

        TestClinic.Execute(raw, "UPDATE patients SET name_norm = '海田太郎' WHERE chart_no = '1'");

        Assert.Empty(Names("山"));
        Assert.Equal(["山田太郎"], Names("海"));
        Assert.Equal(2, Index.Loads);
    }

    [Fact]
    public void A_confirmed_visit_changes_no_key_but_shows_in_the_list_at_once()
    {
        Names("山");
        var id = _desk.Patients.FindIdByChartNumber("1")!.Value;
        var draft = _other.Charts.CreateDraft(id, new DateOnly(2025, 6, 1), Some.Content(), _clinic.DoctorId);
        var generation = Generation();

        _other.Charts.Confirm(draft.Id, _clinic.DoctorId);

        Assert.Equal(generation, Generation());
        Assert.Equal(new DateOnly(2025, 6, 1), Assert.Single(_desk.Patients.Search("山", 50)).LastVisit);
        Assert.Equal(1, Index.Loads);
    }

    private long? Generation() => _desk.Session.ScalarInt64("SELECT value FROM search_generation");

    private string[] Names(string typed) =>
        [.. _desk.Patients.Search(typed, 50).Select(p => p.Name.Family + p.Name.Given)];
}
