using System.CommandLine;

namespace TextEhr.App.Cli;

/// <summary><c>textehr patient</c>: add, edit, show, find.</summary>
internal sealed class PatientCommand : Command
{
    public PatientCommand(CliContext context)
        : base("patient", "患者の登録・変更・表示・検索")
    {
        Subcommands.Add(new PatientAddCommand(context));
        Subcommands.Add(new PatientEditCommand(context));
        Subcommands.Add(new PatientShowCommand(context));
        Subcommands.Add(new PatientFindCommand(context));
    }
}
