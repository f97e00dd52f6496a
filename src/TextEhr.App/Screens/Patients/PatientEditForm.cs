using TextEhr.App.Input;
using TextEhr.Tui.Views;

namespace TextEhr.App.Screens.Patients;

/// <summary>
/// The boxes of 患者登録 laid out as a paper form in four sections (基本 / 保険 / 公費 / アレルギー), and the
/// order Enter and Tab visit them: 氏名 → カナ → 性別 → 生年月日 → … → 保険者番号 ….
/// </summary>
public sealed class PatientEditForm
{
    /// <summary>保険種別 in JAHIS order, so the digit typed is the code; 自費 is how a card is taken away.</summary>
    public static readonly IReadOnlyList<string> KindOptions = ["社保", "国保", "労災", "自賠", "公害", "自費", "後期"];

    private readonly List<PatientFormBinding> _bindings = [];

    public PatientEditForm(DateOnly today, string chartNumber)
    {
        Form.Add("患者番号", new Label(chartNumber, Tui.Themes.VisualRole.Normal));
        Section("【基本】");
        Text(PatientField.Name, "氏名", new TextField { MaxCells = 40 }, 34);
        Text(PatientField.Kana, "カナ", new TextField { MaxCells = 40, Filter = InputFilter.Kana }, 34);
        Pick(PatientField.Sex, "性別", new Choice(["男", "女"]));
        Date(PatientField.BirthDate, "生年月日", new DateField(text => Read(DateInput.ParseNotAfter(text, today)), birth => PatientEditViewModel.DescribeBirth(birth, today)));
        Text(PatientField.PostalCode, "郵便番号", new TextField { MaxCells = 10 }, 12);
        Text(PatientField.Address, "住所", new TextField { MaxCells = 120 });
        Text(PatientField.Phone, "電話", new TextField { MaxCells = 16 }, 18);
        Text(PatientField.Occupation, "職業", new TextField { MaxCells = 30 }, 32);
        Text(PatientField.Memo, "メモ", new TextField { MaxCells = 200 });
        Section("【保険】");
        Pick(PatientField.InsuranceKind, "種別", new Choice(KindOptions));
        Text(PatientField.InsurerNumber, "保険者番号", new TextField { MaxCells = 10 }, 12);
        Text(PatientField.CardSymbol, "記号", new TextField { MaxCells = 20 }, 22);
        Text(PatientField.CardNumber, "番号", new TextField { MaxCells = 20 }, 22);
        Text(PatientField.BranchNumber, "枝番", new TextField { MaxCells = 2, Filter = InputFilter.Digits }, 4);
        Pick(PatientField.Relationship, "本人/家族", new Choice(["本人", "家族"]));
        Date(PatientField.ValidFrom, "有効開始", AnyDate());
        Date(PatientField.ValidTo, "有効終了", AnyDate());
        Text(PatientField.CardCopay, "証の割合", new TextField { MaxCells = 4 }, 6);
        Text(PatientField.CopayOverride, "負担割合", new TextField { MaxCells = 4 }, 6);
        Form.Add("計算", Copay);
        Section("【公費】");
        Text(PatientField.Public1Payer, "公費1 負担者", new TextField { MaxCells = 10 }, 12);
        Text(PatientField.Public1Recipient, "公費1 受給者", new TextField { MaxCells = 9 }, 11);
        Date(PatientField.Public1From, "公費1 開始", AnyDate());
        Date(PatientField.Public1To, "公費1 終了", AnyDate());
        Text(PatientField.Public2Payer, "公費2 負担者", new TextField { MaxCells = 10 }, 12);
        Text(PatientField.Public2Recipient, "公費2 受給者", new TextField { MaxCells = 9 }, 11);
        Date(PatientField.Public2From, "公費2 開始", AnyDate());
        Date(PatientField.Public2To, "公費2 終了", AnyDate());
        Section("【アレルギー】");
        Form.Add("一覧", AllergyTable, height: 4);
        Pick(PatientField.AllergyCategory, "種類", new Choice(["薬剤", "その他"]));
        Text(PatientField.AllergySubstance, "原因", new TextField { MaxCells = 40 }, 42);
        Text(PatientField.AllergyReaction, "症状", new TextField { MaxCells = 40 }, 42);
        var order = _bindings.Select(binding => binding.View).ToList();
        order.Insert(order.IndexOf(Binding(PatientField.AllergyCategory).View), AllergyTable);
        Focus = new FocusRing(order);
    }

    public Form Form { get; } = new() { CaptionWidth = 15 };

    public FocusRing Focus { get; }

    public Label Copay { get; } = new(string.Empty, Tui.Themes.VisualRole.Normal);

    public TableView AllergyTable { get; } = new(
        [new TableColumn("種類", 6), new TableColumn("原因", 0), new TableColumn("症状", 16), new TableColumn("状態", 8)],
        new TableRows());

    public IReadOnlyList<PatientFormBinding> Bindings => _bindings;

    public PatientFormBinding Binding(PatientField field) => _bindings.Find(binding => binding.Field == field)!;

    /// <summary>The field whose box has the focus, or null (the allergy list).</summary>
    public PatientField? Current => _bindings.Find(binding => ReferenceEquals(binding.View, Focus.Current))?.Field;

    private static (DateOnly? Value, string? Error) Read(Domain.Validation.ParseResult<DateOnly> parsed) =>
        parsed.IsSuccess ? (parsed.Value, null) : (null, parsed.Error);

    private static DateField AnyDate() =>
        new(text => Read(DateInput.Parse(text)), Domain.Dates.JapaneseDateFormatter.FormatWithWestern);

    private void Section(string caption) => Form.Add(caption, new Label());

    private void Text(PatientField field, string caption, TextField box, int width = 0)
    {
        Form.Add(caption, box, width: width);
        _bindings.Add(PatientFormBinding.Of(field, caption, box));
    }

    private void Date(PatientField field, string caption, DateField box)
    {
        Form.Add(caption, box);
        _bindings.Add(PatientFormBinding.Of(field, caption, box));
    }

    private void Pick(PatientField field, string caption, Choice choice)
    {
        Form.Add(caption, choice);
        _bindings.Add(PatientFormBinding.Of(field, caption, choice));
    }
}
