using System.Text;
using System.Text.Json;
using TextEhr.App.Output;

namespace TextEhr.App.Hosting;

/// <summary>Reads and writes <c>settings.json</c>; a missing file means the defaults.</summary>
public static class ClinicSettingsFile
{
    /// <summary>The saved settings, or the defaults when there is no file yet.</summary>
    /// <exception cref="JsonException">The file is not a settings file.</exception>
    public static ClinicSettings Load(DataFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!File.Exists(folder.SettingsFile))
        {
            return new ClinicSettings();
        }

        var json = File.ReadAllText(folder.SettingsFile, Encoding.UTF8);
        return JsonSerializer.Deserialize<ClinicSettings>(json, JsonFormat.Options)
            ?? throw new JsonException("settings.json holds null.");
    }

    public static void Save(DataFolder folder, ClinicSettings settings)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(settings);
        OwnerOnlyFile.WriteAllText(folder.SettingsFile, JsonFormat.Serialize(settings) + "\n");
    }
}
