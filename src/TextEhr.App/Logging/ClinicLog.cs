using System.Globalization;
using Serilog;
using Serilog.Core;
using TextEhr.App.Hosting;

namespace TextEhr.App.Logging;

/// <summary>
/// The Serilog set-up: <c>logs/textehr-YYYYMMDD.log</c> in the data folder, one file a day, 90 kept.
/// Templates carry IDs only (<c>"Patient {PatientId} registered by {UserId}"</c>): never names, kana,
/// phone numbers or note text.
/// </summary>
public static class ClinicLog
{
    public const string FilePattern = "textehr-.log";

    public const int RetainedFiles = 90;

    private const string OutputTemplate =
        "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}";

    /// <summary>A logger writing into the folder's <c>logs/</c>; a silent one if even that fails.</summary>
    public static Logger Create(DataFolder folder, string command)
    {
        ArgumentNullException.ThrowIfNull(folder);
        SelfLogFile.Enable(Path.Combine(folder.LogsFolder, SelfLogFile.FileName));
        try
        {
            return new LoggerConfiguration()
                .MinimumLevel.Information()
                .Enrich.WithProperty("Command", command)
                .Enrich.WithProperty("ProcessId", Environment.ProcessId)
                .WriteTo.File(
                    Path.Combine(folder.LogsFolder, FilePattern),
                    outputTemplate: OutputTemplate,
                    formatProvider: CultureInfo.InvariantCulture,
                    rollingInterval: RollingInterval.Day,
                    retainedFileCountLimit: RetainedFiles,
                    hooks: new OwnerOnlyLogFiles())
                .CreateLogger();
        }
        catch (IOException)
        {
            return Silent();
        }
        catch (UnauthorizedAccessException)
        {
            return Silent();
        }
    }

    public static Logger Silent() => new LoggerConfiguration().CreateLogger();
}
