using System.CommandLine;
using TextEhr.App.Input;
using TextEhr.Domain.Clinical;
using TextEhr.Domain.Insurance;
using TextEhr.Domain.Patients;

namespace TextEhr.App.Cli;

/// <summary>The patient fields as options, shared by <c>patient add</c> and <c>patient edit</c>.</summary>
public sealed class PatientOptions
{
    private readonly Option<string?> _chartNumber = CommonOptions.Text("--chart-number", "患者番号 (10桁までの数字。省略時は自動で付番)", "NUMBER");
    private readonly Option<string?> _name = CommonOptions.Text("--name", "氏名: 姓と名を空白で区切る (例: \"山田 太郎\")", "\"姓 名\"");
    private readonly Option<string?> _kana = CommonOptions.Text("--kana", "フリガナ (例: \"ヤマダ タロウ\"、ひらがな・半角カナも可)", "\"セイ メイ\"");
    private readonly Option<string?> _sex = CommonOptions.Text("--sex", "性別: 男|女|M|F|1|2", "SEX");
    private readonly Option<string?> _birth = CommonOptions.Text("--birth", "生年月日: S50.3.1、昭和50年3月1日、1975-03-01 など", "DATE");
    private readonly Option<string?> _postal = CommonOptions.Text("--postal", "郵便番号 (例: 123-4567)", "NNN-NNNN");
    private readonly Option<string?> _address = CommonOptions.Text("--address", "住所");
    private readonly Option<string?> _phone = CommonOptions.Text("--phone", "電話番号 (例: 03-1234-5678)", "PHONE");
    private readonly Option<string?> _occupation = CommonOptions.Text("--occupation", "職業");
    private readonly Option<string?> _memo = CommonOptions.Text("--memo", "メモ");
    private readonly Option<string?> _insuranceKind = CommonOptions.Text("--insurance-kind", "保険種別: 社保|国保|後期|労災|自賠|公害|自費 (省略時は保険者番号から判断)", "KIND");
    private readonly Option<string?> _insurer = CommonOptions.Text("--insurer", "保険者番号 8桁 (国保は6桁、検証番号を確かめます)", "NUMBER");
    private readonly Option<string?> _symbol = CommonOptions.Text("--symbol", "被保険者証の記号");
    private readonly Option<string?> _number = CommonOptions.Text("--number", "被保険者証の番号");
    private readonly Option<string?> _branch = CommonOptions.Text("--branch", "枝番 2桁", "NN");
    private readonly Option<string?> _relation = CommonOptions.Text("--relation", "本人|家族", "本人|家族");
    private readonly Option<string?> _validFrom = CommonOptions.Text("--valid-from", "保険証の有効開始日", "DATE");
    private readonly Option<string?> _validTo = CommonOptions.Text("--valid-to", "保険証の有効終了日", "DATE");
    private readonly Option<string?> _copay = CommonOptions.Text("--copay", "証に書かれた負担割合 1|2|3 (高齢受給者証・後期高齢者)", "N");
    private readonly Option<string?> _copayOverride = CommonOptions.Text("--copay-override", "負担割合を手で決める 0|1|2|3|10 (計算より優先)", "N");
    private readonly Option<string[]> _public = CommonOptions.Repeated("--public", "公費 負担者番号:受給者番号[:開始日[:終了日]] (3つまで、優先順に繰り返す)", "PAYER:RECIPIENT");
    private readonly Option<string[]> _allergy = CommonOptions.Repeated("--allergy", "アレルギー 種類:原因[:症状[:自己申告]] (例: 薬剤:ペニシリン:発疹、繰り返し可)", "KIND:WHAT:REACTION");

    public IEnumerable<Option> All =>
    [
        _chartNumber, _name, _kana, _sex, _birth, _postal, _address, _phone, _occupation, _memo,
        _insuranceKind, _insurer, _symbol, _number, _branch, _relation, _validFrom, _validTo, _copay, _copayOverride,
        _public, _allergy,
    ];

    /// <summary>Parses every given option; problems go to <paramref name="errors"/>.</summary>
    public PatientChanges Read(ParseResult parsed, DateOnly today, InputErrors errors)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(errors);
        return new PatientChanges
        {
            ChartNumber = parsed.GetValue(_chartNumber) is { } chartNumber ? TypedText.Compact(chartNumber) : null,
            Name = errors.Optional(Fields.Name, parsed.GetValue(_name), PersonNameInput.ParseName),
            Kana = errors.Optional(Fields.Kana, parsed.GetValue(_kana), PersonNameInput.ParseKana),
            Sex = errors.OptionalValue(Fields.Sex, parsed.GetValue(_sex), SexInput.Parse),
            BirthDate = errors.OptionalValue(Fields.Birth, parsed.GetValue(_birth), t => DateInput.ParseNotAfter(t, today)),
            PostalCode = errors.Optional(Fields.PostalCode, parsed.GetValue(_postal), PostalCodeInput.Parse),
            Address = parsed.GetValue(_address)?.Trim(),
            Phone = errors.Optional(Fields.Phone, parsed.GetValue(_phone), PhoneInput.Parse),
            Occupation = parsed.GetValue(_occupation)?.Trim(),
            Memo = parsed.GetValue(_memo)?.Trim(),
            Coverage = ReadCoverage(parsed, errors),
            PublicCoverages = ReadPublic(parsed, errors),
            Allergies = ReadAllergies(parsed, errors),
        };
    }

    private CoverageChanges ReadCoverage(ParseResult parsed, InputErrors errors) => new()
    {
        Kind = errors.OptionalValue(Fields.InsuranceKind, parsed.GetValue(_insuranceKind), InsuranceKindInput.Parse),
        Insurer = errors.Optional(Fields.Insurer, parsed.GetValue(_insurer), InsurerNumber.Parse),
        Symbol = errors.Optional(Fields.CardSymbol, parsed.GetValue(_symbol), CardTextInput.Parse),
        Number = errors.Optional(Fields.CardNumber, parsed.GetValue(_number), CardTextInput.Parse),
        Branch = errors.Optional(Fields.Branch, parsed.GetValue(_branch), BranchNumberInput.Parse),
        Relationship = errors.OptionalValue(Fields.Relation, parsed.GetValue(_relation), RelationInput.Parse),
        ValidFrom = errors.OptionalValue(Fields.ValidFrom, parsed.GetValue(_validFrom), DateInput.Parse),
        ValidTo = errors.OptionalValue(Fields.ValidTo, parsed.GetValue(_validTo), DateInput.Parse),
        CardCopayTenths = errors.OptionalValue(Fields.Copay, parsed.GetValue(_copay), CopayInput.ParseCardRate),
        CopayOverrideTenths = errors.OptionalValue(Fields.CopayOverride, parsed.GetValue(_copayOverride), CopayInput.ParseOverride),
    };

    private List<PublicCoverage>? ReadPublic(ParseResult parsed, InputErrors errors)
    {
        var typed = parsed.GetValue(_public);
        if (typed is null || typed.Length == 0)
        {
            return null;
        }

        if (typed.Length > PublicCoverageInput.MaximumCount)
        {
            errors.Add(Fields.PublicCoverage, InputMessages.TooManyPublicCoverages(typed.Length));
        }

        var list = new List<PublicCoverage>();
        foreach (var text in typed)
        {
            if (errors.Take(Fields.PublicCoverage, PublicCoverageInput.Parse(text), out var coverage))
            {
                list.Add(coverage);
            }
        }

        return list;
    }

    private List<Allergy> ReadAllergies(ParseResult parsed, InputErrors errors)
    {
        var list = new List<Allergy>();
        foreach (var text in parsed.GetValue(_allergy) ?? [])
        {
            if (errors.Take(Fields.Allergy, AllergyInput.Parse(text), out var allergy))
            {
                list.Add(allergy);
            }
        }

        return list;
    }
}
