using System.CommandLine;

namespace TextEhr.App.Cli;

/// <summary>The options every <c>print</c> subcommand has.</summary>
internal sealed class PrintOptions
{
    public Option<string?> Patient { get; } = CommonOptions.Text("--patient", "患者番号 (または ID)", "ID");

    public Option<string?> Out { get; } = CommonOptions.Text("--out", "PDF の保存先 (省略時はデータフォルダの documents/)", "FILE.pdf");

    public Option<string?> Printer { get; } = CommonOptions.Text("--printer", "このプリンターで印刷する (CUPS のキュー名)", "NAME");

    public Option<string?> Data { get; } = CommonOptions.Data();

    public Option<string?> User { get; } = CommonOptions.User();

    public void AddTo(Command command)
    {
        command.Options.Add(Patient);
        command.Options.Add(Out);
        command.Options.Add(Printer);
        command.Options.Add(Data);
        command.Options.Add(User);
    }
}
