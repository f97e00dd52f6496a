using System.Text;
using System.Text.Json;
using TextEhr.App.Output;

namespace TextEhr.App.Hosting;

/// <summary>Reads and writes <c>clinic.json</c>: written to a temporary file, flushed, then renamed over.</summary>
public static class ClinicProfileFile
{
    public static bool Exists(DataFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return File.Exists(folder.ClinicFile);
    }

    /// <summary>The profile, or null when the folder has none yet.</summary>
    /// <exception cref="JsonException">The file is not a clinic profile.</exception>
    public static ClinicProfile? Load(DataFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!File.Exists(folder.ClinicFile))
        {
            return null;
        }

        var json = File.ReadAllText(folder.ClinicFile, Encoding.UTF8);
        return JsonSerializer.Deserialize<ClinicProfile>(json, JsonFormat.Options)
            ?? throw new JsonException("clinic.json holds null.");
    }

    public static void Save(DataFolder folder, ClinicProfile profile)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(profile);
        OwnerOnlyFile.WriteAllText(folder.ClinicFile, JsonFormat.Serialize(profile) + "\n");
    }
}
