using TextEhr.App.Cli;
using TextEhr.App.Hosting;
using TextEhr.App.Tests.Support;

namespace TextEhr.App.Tests.Hosting;

public sealed class DataFolderTests : IDisposable
{
    private readonly TestClinic _clinic = new();

    public void Dispose() => _clinic.Dispose();

    [Fact]
    public void Option_wins_over_the_environment()
    {
        var path = DataFolderLocation.Resolve("/tmp/from-option", name => string.Equals(name, DataFolderLocation.EnvironmentVariable, StringComparison.Ordinal) ? "/tmp/from-env" : null);

        Assert.Equal(Path.GetFullPath("/tmp/from-option"), path);
    }

    [Fact]
    public void Environment_variable_is_used_without_the_option()
    {
        var path = DataFolderLocation.Resolve(null, name => string.Equals(name, DataFolderLocation.EnvironmentVariable, StringComparison.Ordinal) ? "/tmp/from-env" : null);

        Assert.Equal(Path.GetFullPath("/tmp/from-env"), path);
    }

    [Fact]
    public void Default_follows_xdg_data_home_then_home_on_unix()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var withXdg = DataFolderLocation.Resolve(null, name => name switch
        {
            "XDG_DATA_HOME" => "/srv/data",
            "HOME" => "/home/dr",
            _ => null,
        });
        var relativeXdg = DataFolderLocation.Resolve(null, name => name switch
        {
            "XDG_DATA_HOME" => "relative/data",
            "HOME" => "/home/dr",
            _ => null,
        });
        var withoutXdg = DataFolderLocation.Resolve(null, name => string.Equals(name, "HOME", StringComparison.Ordinal) ? "/home/dr" : null);

        Assert.Equal("/srv/data/textehr", withXdg);
        Assert.Equal("/home/dr/.local/share/textehr", relativeXdg);
        Assert.Equal("/home/dr/.local/share/textehr", withoutXdg);
    }

    [Fact]
    public void Commands_without_data_use_the_environment_variable()
    {
        _clinic.Environment[DataFolderLocation.EnvironmentVariable] = _clinic.Folder;
        _clinic.Init();

        var result = _clinic.RunRaw(string.Empty, "check");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
    }

    [Fact]
    public void Folder_and_files_are_readable_by_the_owner_only()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        _clinic.Init();
        _clinic.AddPatient();

        Assert.Equal(DataFolder.FolderMode, File.GetUnixFileMode(_clinic.Folder));
        Assert.Equal(DataFolder.FolderMode, File.GetUnixFileMode(_clinic.LogsFolder));
        Assert.Equal(DataFolder.FileMode, File.GetUnixFileMode(_clinic.DatabasePath));
        Assert.Equal(DataFolder.FileMode, File.GetUnixFileMode(Path.Combine(_clinic.Folder, "clinic.json")));
        foreach (var file in Directory.GetFiles(_clinic.LogsFolder).Concat(Directory.GetFiles(_clinic.Folder)))
        {
            Assert.Equal(DataFolder.FileMode, File.GetUnixFileMode(file));
        }
    }

    [Fact]
    public void An_existing_open_folder_is_tightened()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        Directory.CreateDirectory(_clinic.Folder);
        File.SetUnixFileMode(_clinic.Folder, (UnixFileMode)Convert.ToInt32("755", 8));

        DataFolder.Create(_clinic.Folder);

        Assert.Equal(DataFolder.FolderMode, File.GetUnixFileMode(_clinic.Folder));
    }

    [Fact]
    public void Clinic_file_round_trips()
    {
        var folder = DataFolder.Create(_clinic.Folder);
        var profile = new ClinicProfile
        {
            Name = "テスト医院",
            InstitutionCode = "1234567",
            Prefecture = "13",
            Doctors = [new ClinicDoctor(1, "suzuki", "鈴木 花子")],
        };

        ClinicProfileFile.Save(folder, profile);
        var read = ClinicProfileFile.Load(folder);

        Assert.NotNull(read);
        Assert.Equal(profile.Name, read.Name);
        Assert.Equal(profile.Doctors, read.Doctors);
        Assert.Contains("\"name\": \"テスト医院\"", File.ReadAllText(folder.ClinicFile), StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_clinic_file_is_reported()
    {
        _clinic.Init();
        File.WriteAllText(Path.Combine(_clinic.Folder, "clinic.json"), "{ not json");

        var result = _clinic.Run("check");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains(CliMessages.ClinicFileBroken(Path.Combine(_clinic.Folder, "clinic.json")), result.Error, StringComparison.Ordinal);
    }
}
