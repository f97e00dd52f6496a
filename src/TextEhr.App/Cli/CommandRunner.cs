using TextEhr.Domain.Validation;
using TextEhr.Storage;

namespace TextEhr.App.Cli;

/// <summary>
/// Runs a command's body in a <see cref="CliSession"/> and turns what can go wrong into a Japanese
/// message and an exit code: bad input 2, busy database 3, any other failure 1.
/// </summary>
public static class CommandRunner
{
    public static int Run(CliContext context, string command, string? dataOption, Func<CliSession, int> body)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(body);
        CliSession? session = null;
        try
        {
            session = CliSession.Open(context, dataOption, command);
            var exitCode = body(session);
            session.Log.Information("Command {Command} finished with exit code {ExitCode}", command, exitCode);
            return exitCode;
        }
        catch (ValidationException ex)
        {
            foreach (var error in ex.Errors)
            {
                context.Error.WriteLine(CliMessages.ErrorLine(error.Field, error.Message));
            }

            context.Error.WriteLine(CliMessages.NothingSaved);
            session?.Log.Warning("Command {Command} refused input in {Fields}", command, ex.Errors.Select(static e => e.Field).ToArray());
            return ExitCodes.BadInput;
        }
        catch (CommandFailedException ex)
        {
            context.Error.WriteLine(ex.Message);
            session?.Log.Warning("Command {Command} failed with exit code {ExitCode}", command, ex.ExitCode);
            return ex.ExitCode;
        }
        catch (DatabaseBusyException ex)
        {
            context.Error.WriteLine(ex.Message);
            session?.Log.Warning("Command {Command} found the database busy", command);
            return ExitCodes.Busy;
        }
        catch (IncompatibleDatabaseException ex)
        {
            context.Error.WriteLine(ex.Message);
            session?.Log.Warning("Command {Command} found an incompatible database", command);
            return ExitCodes.Failure;
        }
        catch (StaleEditException ex)
        {
            context.Error.WriteLine(ex.Message);
            session?.Log.Warning("Command {Command} refused a stale edit", command);
            return ExitCodes.Failure;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The exception's message may quote what was typed: log its type and stack only.
            var logs = session?.Folder.LogsFolder ?? string.Empty;
            context.Error.WriteLine(CliMessages.UnexpectedWithLog(ex.GetType().Name, logs));
            session?.Log.Error("Command {Command} failed: {ExceptionType} {StackTrace}", command, ex.GetType().FullName, ex.StackTrace);
            return ExitCodes.Failure;
        }
        finally
        {
            session?.Dispose();
        }
    }
}
