using System.CommandLine;

namespace TextEhr.App.Cli;

/// <summary><c>textehr note</c>: add, confirm, amend, history.</summary>
internal sealed class NoteCommand : Command
{
    public NoteCommand(CliContext context)
        : base("note", "カルテ記載 (2号用紙) の記載・確定・訂正・履歴")
    {
        Subcommands.Add(new NoteAddCommand(context));
        Subcommands.Add(new NoteConfirmCommand(context));
        Subcommands.Add(new NoteAmendCommand(context));
        Subcommands.Add(new NoteHistoryCommand(context));
    }
}
