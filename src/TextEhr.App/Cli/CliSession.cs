using System.Text.Json;
using Serilog;
using Serilog.Core;
using TextEhr.App.Hosting;
using TextEhr.App.Input;
using TextEhr.App.Logging;
using TextEhr.Domain.Users;
using TextEhr.Domain.Validation;
using TextEhr.Storage;

namespace TextEhr.App.Cli;

/// <summary>
/// One command's run against one data folder: the folder, its log, and the database once a command
/// asks for it. Disposing closes the database, flushes the log and re-checks file permissions.
/// </summary>
public sealed class CliSession : IDisposable
{
    private readonly Logger _logger;
    private ClinicDatabase? _database;

    private CliSession(CliContext context, DataFolder folder, Logger logger)
    {
        Context = context;
        Folder = folder;
        _logger = logger;
    }

    public CliContext Context { get; }

    public DataFolder Folder { get; }

    /// <summary>IDs only: never names, kana, phone numbers or note text.</summary>
    public ILogger Log => _logger;

    public TextWriter Out => Context.Out;

    public DateOnly Today => ClinicTime.Today(Context.Time);

    /// <summary>Resolves and creates the data folder (owner-only) and starts its log.</summary>
    /// <exception cref="ValidationException">The <c>--data</c> value is not a usable path.</exception>
    /// <exception cref="CommandFailedException">The folder cannot be created.</exception>
    public static CliSession Open(CliContext context, string? dataOption, string command)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (dataOption is not null && string.IsNullOrWhiteSpace(dataOption))
        {
            throw new ValidationException([new ValidationError(Fields.DataFolder, CliMessages.DataFolderInvalid(dataOption))]);
        }

        string path;
        try
        {
            path = DataFolderLocation.Resolve(dataOption, context.GetEnvironmentVariable);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new ValidationException([new ValidationError(Fields.DataFolder, CliMessages.DataFolderInvalid(dataOption ?? string.Empty))]);
        }

        DataFolder folder;
        try
        {
            folder = DataFolder.Create(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CommandFailedException(CliMessages.DataFolderUnusable(path), ex);
        }

        var logger = ClinicLog.Create(folder, command);
        logger.Information("Command {Command} started", command);
        return new CliSession(context, folder, logger);
    }

    /// <summary>The clinic of this folder.</summary>
    /// <exception cref="CommandFailedException">The folder has no clinic yet, or its file is broken.</exception>
    public ClinicProfile RequireClinic()
    {
        try
        {
            return ClinicProfileFile.Load(Folder) ?? throw new CommandFailedException(CliMessages.NotInitialised(Folder.Root));
        }
        catch (JsonException ex)
        {
            throw new CommandFailedException(CliMessages.ClinicFileBroken(Folder.ClinicFile), ex);
        }
    }

    /// <summary>The database, opened (and migrated) on first use.</summary>
    public ClinicDatabase Database
    {
        get
        {
            if (_database is null)
            {
                _database = ClinicDatabase.Open(Folder.DatabasePath, Context.Time);
                Folder.RestrictDatabaseFiles();
                _logger.Information("Database opened at schema version {SchemaVersion}", _database.SchemaVersion);
            }

            return _database;
        }
    }

    /// <summary>The user a write is recorded against: <c>--user LOGIN</c>, else the clinic's first doctor.</summary>
    /// <exception cref="ValidationException">No such login, or the user is retired.</exception>
    /// <exception cref="CommandFailedException">No doctor is registered.</exception>
    public User ActingUser(string? login) => ActingUser(Database, login) ?? throw new CommandFailedException(CliMessages.NoDoctor);

    /// <summary>
    /// The same rule in <paramref name="database"/> (a restored one, say): <paramref name="login"/>'s user, else the
    /// first doctor, else null when no doctor is registered.
    /// </summary>
    /// <exception cref="ValidationException">No such login, or the user is retired.</exception>
    public static User? ActingUser(ClinicDatabase database, string? login)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (login is not null)
        {
            var typed = login.Trim();
            var user = database.Users.FindByLogin(typed.ToLowerInvariant()) ?? database.Users.FindByLogin(typed)
                ?? throw new ValidationException([new ValidationError(Fields.User, CliMessages.UnknownUser(typed))]);
            return user.RetiredAt is null
                ? user
                : throw new ValidationException([new ValidationError(Fields.User, CliMessages.RetiredUser(typed))]);
        }

        return database.Users.All()
            .Where(static u => u.Role == UserRole.Doctor && u.RetiredAt is null)
            .OrderBy(static u => u.Id)
            .FirstOrDefault();
    }

    public void Dispose()
    {
        _database?.Dispose();
        _database = null;
        Folder.RestrictDatabaseFiles();
        _logger.Dispose();
        Folder.RestrictLogFiles();
    }
}
