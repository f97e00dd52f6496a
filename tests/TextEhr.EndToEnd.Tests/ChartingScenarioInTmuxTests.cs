using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using TextEhr.Domain.Dates;
using TextEhr.EndToEnd.Tests.Support;

namespace TextEhr.EndToEnd.Tests;

/// <summary>
/// The acceptance scenario of the charting flow, typed into the real program in a real terminal (tmux,
/// 80×24) from an empty data folder: set-up → login → register a patient born S15.3.2 with insurance
/// 33120015 → find by two カナ → open → S/O/A/P with vitals and two Rp → F12 → a visit on the next day
/// with F5 Do → F12 → 訂正 of the first visit with a reason → the history shows both versions → F8 opens
/// the referral form filled from the chart → exit.
/// Then the command line must agree with what was typed, and the logs must hold no patient name. The
/// screens of every step are kept in <c>ChartingScenario.screens.txt</c> beside this file.
/// </summary>
public sealed partial class ChartingScenarioInTmuxTests : IDisposable
{
    private const string Password = "correct-horse-9";
    private const string Name = "山田 太郎";
    private const string Kana = "ヤマダ タロウ";
    private const string Subjective = "3日前から頭痛";
    private const string Objective = "咽頭発赤なし";
    private const string Assessment = "高血圧症";
    private const string Plan = "減塩指導";
    private const string Reason = "血圧の転記誤り";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "textehr-scenario-" + Guid.NewGuid().ToString("N")[..12]);

    private string Folder => Path.Combine(_root, "clinic");

    [Fact]
    public async Task Setup_login_register_chart_Do_amend_and_history_then_the_command_line_agrees()
    {
        TmuxServer.RequireInstalled();
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(9)).DateTime);
        var yesterday = today.AddDays(-1);
        var screens = new ScreenReference("ChartingScenario.screens.txt", screen => Placeholders(screen, today));
        using (var app = new TextehrInTmux("xterm-256color", ["--data", Folder]))
        {
            var tmux = app.Tmux;
            void Step(string name, Action act, params string[] expected)
            {
                app.Step(name, act, dump => expected.All(text => dump.Contains(text, StringComparison.Ordinal)));
                screens.Add(name, app.LastScreen);
            }

            void Fill(params string[] boxes)
            {
                foreach (var box in boxes)
                {
                    tmux.Type(box);
                    tmux.Press("Enter");
                }
            }

            app.WaitForFirstFrame("医療機関コード");
            screens.Add("初回設定", app.LastScreen);
            Step("初回設定に記入", () => Fill("やまだ内科クリニック", "1234567", "13", "100-0001", "東京都千代田区千代田1-1", "03-1234-5678", "山田 一郎", "yamada", Password, Password), "yamada", "パスワード(確認) [" + new string('*', Password.Length) + " ");
            Step("F12 登録 → ログイン", () => tmux.Press("F12"), "F12ログイン");
            Step("ログイン → 患者検索", () => Fill("yamada", Password), "患者検索", "F2新規");

            Step("F2 新規患者", () => tmux.Press("F2"), "患者登録");
            Step("基本と保険に記入", () =>
            {
                Fill(Name, Kana, "1", "S15.3.2", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);
                Fill("33120015", "12", "345");
            }, "33120015", "[345");
            Step("F12 登録 → 患者検索", () => tmux.Press("F12"), "登録しました");
            Step("カナ 2 文字で絞り込み", () => tmux.Type("ヤマ"), "ヤマダ　タロウ");
            Step("Enter でカルテ", () => tmux.Press("Enter"), "アレルギー");

            Step("受診日を前日に", () =>
            {
                tmux.Press("BTab");
                for (var i = 0; i < 12; i++)
                {
                    tmux.Press("BSpace");
                }

                Fill(JapaneseDateFormatter.FormatShort(yesterday));
            }, JapaneseDateFormatter.FormatShort(yesterday));
            Step("S と O", () =>
            {
                tmux.Type(Subjective);
                tmux.Press("Tab");
                tmux.Type(Objective);
                tmux.Press("Tab");
            }, Objective);
            Step("バイタル（BMI は計算）", () => Fill("130/80", "72", "36.8", "98", "160", "55"), "BMI 21.5");
            Step("A と P", () =>
            {
                tmux.Type(Assessment);
                tmux.Press("Tab");
                tmux.Type(Plan);
                tmux.Press("Tab");
            }, Plan);
            Step("Rp1 アムロジピン 28日分", () =>
            {
                tmux.Press("F2");
                Fill("アムロジピン錠5mg", "1", string.Empty, string.Empty, "28");
            }, "Rp1) アムロジピン錠5mg");
            Step("Rp2 ロキソプロフェン 頓用 10回分", () =>
            {
                tmux.Press("F2");
                Fill("ロキソプロフェン錠60mg", "1", string.Empty);
                for (var i = 0; i < 5; i++)
                {
                    tmux.Press("Down");
                }

                Fill(string.Empty, "10");
            }, "Rp2) ロキソプロフェン錠60mg");
            Step("F12 確定？", () => tmux.Press("F12"), "確定しますか");
            Step("Enter で確定", () => tmux.Press("Enter"), "確定しました");

            Step("翌日の受診: F5 Do", () => tmux.Press("F5"), "P（計画）も複写しますか");
            Step("P も複写", () => tmux.Press("Enter"), "処方を複写しました");
            Step("F12 確定？", () => tmux.Press("F12"), "確定しますか");
            Step("Enter で確定（Do 受診）", () => tmux.Press("Enter"), "確定しました");

            Step("F3 過去の一覧、↓ で前日の受診", () => tmux.Press("F3", "Down"), ">" + JapaneseDateFormatter.FormatShort(yesterday), "F9 訂正");
            Step("F9 訂正", () => tmux.Press("F9"), "訂正理由");
            Step("理由と血圧を訂正", () =>
            {
                tmux.Type(Reason);
                tmux.Press("Tab", "Tab", "Tab");
                for (var i = 0; i < 6; i++)
                {
                    tmux.Press("BSpace");
                }

                tmux.Type("142/88");
            }, "142/88");
            Step("F12 訂正確定？", () => tmux.Press("F12"), "元の版も残ります。よろしいですか");
            Step("Enter で訂正（2版）", () => tmux.Press("Enter"), "訂正2版");
            Step("F7 履歴: 2つの版を並べて", () => tmux.Press("F7"), "記載の履歴");
            Step("Esc でカルテ", () => tmux.Press("Escape"), "F11患者");
            Step("F8 文書の一覧", () => tmux.Press("F8"), "新しく作る", "院外処方箋");
            Step("Enter で紹介状の用紙（カルテから記入済み）", () => tmux.Press("Enter"), "紹介先 機関", "Rp1　アムロジピン錠5mg");
            Step("Esc で文書の一覧", () => tmux.Press("Escape"), "新しく作る");
            Step("Esc でカルテ（文書から）", () => tmux.Press("Escape"), "F11患者");
            Step("Esc で患者検索", () => tmux.Press("Escape"), "患者検索");
            Step("Esc でバックアップの勧め（まだ一度もしていない）", () => tmux.Press("Escape"), "まだ一度もバックアップしていません");
            Step("Esc 終了？", () => tmux.Press("Escape"), "終了しますか");
            tmux.Press("Enter");
            app.WaitForExit();
            Assert.Equal(0, app.ExitCode);
        }

        screens.Verify();
        await CommandLineAgrees(yesterday, today);
        AssertLogsHoldNoPatientData();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    /// <summary>Dates, times and the age move with the real clock; the reference keeps placeholders.</summary>
    private static string Placeholders(string screen, DateOnly today)
    {
        var text = screen;
        foreach (var (date, label) in new[] { (today, "<今日>"), (today.AddDays(-1), "<前日>") })
        {
            foreach (var form in new[] { JapaneseDateFormatter.FormatWareki(date), JapaneseDateFormatter.FormatIso(date), JapaneseDateFormatter.FormatShort(date) })
            {
                text = text.Replace(form, label, StringComparison.Ordinal);
            }
        }

        var age = Age.FullYears(new DateOnly(1940, 3, 2), today).ToString(CultureInfo.InvariantCulture);
        text = text.Replace(age + "歳", "<年齢>歳", StringComparison.Ordinal);
        text = Clock().Replace(text, "HH:mm");

        // A date's or time's width changes with the day (R8.12.8 against R8.11.22, 9:05 against 10:05), and the
        // padding of the columns after it changes by as much, so on a line that holds a placeholder every run
        // of spaces counts as one.
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains('<', StringComparison.Ordinal) || lines[i].Contains("HH:mm", StringComparison.Ordinal))
            {
                lines[i] = Spaces().Replace(lines[i], " ").TrimEnd();
            }
        }

        return string.Join('\n', lines);
    }

    [GeneratedRegex(" {2,}", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\b\d{1,2}:\d{2}(:\d{2})?\b", RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Clock();

    private async Task CommandLineAgrees(DateOnly yesterday, DateOnly today)
    {
        var show = await TextehrProgram.RunAsync("patient", "show", "1", "--json", "--data", Folder);
        Assert.True(show.ExitCode == 0, show.Error);
        using var patient = JsonDocument.Parse(show.Output);
        var root = patient.RootElement;
        Assert.Equal("山田", root.GetProperty("name").GetProperty("family").GetString());
        Assert.Equal("1940-03-02", root.GetProperty("birthDate").GetString());
        Assert.Equal("33120015", root.GetProperty("insurance").GetProperty("insurerNumber").GetString());
        var visits = root.GetProperty("recentVisits").EnumerateArray().ToList();
        Assert.Equal(2, visits.Count);
        var doVisit = visits.Single(v => string.Equals(v.GetProperty("visitDate").GetString(), JapaneseDateFormatter.FormatIso(today), StringComparison.Ordinal));
        var first = visits.Single(v => string.Equals(v.GetProperty("visitDate").GetString(), JapaneseDateFormatter.FormatIso(yesterday), StringComparison.Ordinal));
        Assert.Equal(2, first.GetProperty("version").GetInt32());
        Assert.Equal(Reason, first.GetProperty("reason").GetString());
        Assert.Equal(Plan, doVisit.GetProperty("content").GetProperty("plan").GetString());
        Assert.Equal(Drugs(first), Drugs(doVisit));
        Assert.Equal(["アムロジピン錠5mg", "ロキソプロフェン錠60mg"], Drugs(first));

        var history = await TextehrProgram.RunAsync("note", "history", first.GetProperty("entryId").GetInt64().ToString(CultureInfo.InvariantCulture), "--json", "--data", Folder);
        Assert.True(history.ExitCode == 0, history.Error);
        using var versions = JsonDocument.Parse(history.Output);
        var list = versions.RootElement.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal(2, list.Count);
        var (v1, v2) = (list[0].GetProperty("content"), list[1].GetProperty("content"));
        Assert.Equal((Subjective, Objective, Assessment, Plan), (v1.GetProperty("subjective").GetString(), v1.GetProperty("objective").GetString(), v1.GetProperty("assessment").GetString(), v1.GetProperty("plan").GetString()));
        Assert.Equal((130, 80, 21.5m), (v1.GetProperty("vitals").GetProperty("systolic").GetInt32(), v1.GetProperty("vitals").GetProperty("diastolic").GetInt32(), v1.GetProperty("vitals").GetProperty("bmi").GetDecimal()));
        Assert.Equal((142, 88), (v2.GetProperty("vitals").GetProperty("systolic").GetInt32(), v2.GetProperty("vitals").GetProperty("diastolic").GetInt32()));
        Assert.Equal(Subjective, v2.GetProperty("subjective").GetString());
        Assert.Equal(Reason, list[1].GetProperty("reason").GetString());
    }

    private static List<string> Drugs(JsonElement visit) =>
        [.. visit.GetProperty("content").GetProperty("prescription").GetProperty("groups").EnumerateArray()
            .SelectMany(group => group.GetProperty("items").EnumerateArray())
            .Select(item => item.GetProperty("drugName").GetString()!)];

    private void AssertLogsHoldNoPatientData()
    {
        var logs = Directory.GetFiles(Path.Combine(Folder, "logs"), "*.log");
        Assert.NotEmpty(logs);
        var text = string.Concat(logs.Select(File.ReadAllText));
        foreach (var secret in new[] { "山田 太郎", "太郎", "ヤマダ", "タロウ", Subjective, Objective, Reason, "33120015", "アムロジピン" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }
    }
}
