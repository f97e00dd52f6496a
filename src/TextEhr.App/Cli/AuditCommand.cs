using System.CommandLine;

namespace TextEhr.App.Cli;

/// <summary><c>textehr audit</c>: the audit log.</summary>
internal sealed class AuditCommand : Command
{
    public AuditCommand(CliContext context)
        : base("audit", "監査ログ")
    {
        Subcommands.Add(new AuditVerifyCommand(context));
    }
}
