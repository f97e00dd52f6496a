using System.CommandLine;
using TextEhr.App.Input;
using TextEhr.Domain.Prescriptions;

namespace TextEhr.App.Cli;

/// <summary>The SOAP, vitals and Rp options, shared by <c>note add</c> and <c>note amend</c>.</summary>
public sealed class NoteOptions
{
    private readonly Option<string?> _subjective = CommonOptions.Text("--s", "S 主訴・自覚症状");
    private readonly Option<string?> _objective = CommonOptions.Text("--o", "O 所見");
    private readonly Option<string?> _assessment = CommonOptions.Text("--a", "A 評価");
    private readonly Option<string?> _plan = CommonOptions.Text("--p", "P 計画");
    private readonly Option<string?> _bloodPressure = CommonOptions.Text("--bp", "血圧 収縮期/拡張期 (例: 130/80)", "SYS/DIA");
    private readonly Option<string?> _pulse = CommonOptions.Text("--pulse", "脈拍 /分", "N");
    private readonly Option<string?> _temperature = CommonOptions.Text("--temp", "体温 ℃ (例: 36.8)", "N");
    private readonly Option<string?> _spO2 = CommonOptions.Text("--spo2", "SpO2 %", "N");
    private readonly Option<string?> _height = CommonOptions.Text("--height", "身長 cm", "N");
    private readonly Option<string?> _weight = CommonOptions.Text("--weight", "体重 kg", "N");
    private readonly Option<string[]> _prescription = CommonOptions.Repeated(
        "--rp", "処方 薬剤名:用量:単位:用法:日数 (例: \"アムロジピン錠5mg:1:錠:1日1回朝食後:28\"、Rp ごとに繰り返す)", "DRUG:DOSE:UNIT:USAGE:DAYS");

    private readonly Option<bool> _inHouse = new("--in-house") { Description = "院内処方にする (既定は院外処方)" };

    public IEnumerable<Option> All =>
    [
        _subjective, _objective, _assessment, _plan,
        _bloodPressure, _pulse, _temperature, _spO2, _height, _weight,
        _prescription, _inHouse,
    ];

    public NoteChanges Read(ParseResult parsed, InputErrors errors)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(errors);
        return new NoteChanges
        {
            Subjective = parsed.GetValue(_subjective)?.Trim(),
            Objective = parsed.GetValue(_objective)?.Trim(),
            Assessment = parsed.GetValue(_assessment)?.Trim(),
            Plan = parsed.GetValue(_plan)?.Trim(),
            BloodPressure = errors.Optional(Fields.BloodPressure, parsed.GetValue(_bloodPressure), BloodPressureInput.Parse),
            Pulse = errors.OptionalValue(Fields.Pulse, parsed.GetValue(_pulse), t => MeasurementInput.ParseWhole(t, 20, 250, "/分")),
            Temperature = errors.OptionalValue(Fields.Temperature, parsed.GetValue(_temperature), t => MeasurementInput.ParseDecimal(t, 30m, 45m, "℃")),
            SpO2 = errors.OptionalValue(Fields.SpO2, parsed.GetValue(_spO2), t => MeasurementInput.ParseWhole(t, 50, 100, "%")),
            Height = errors.OptionalValue(Fields.Height, parsed.GetValue(_height), t => MeasurementInput.ParseDecimal(t, 20m, 250m, "cm")),
            Weight = errors.OptionalValue(Fields.Weight, parsed.GetValue(_weight), t => MeasurementInput.ParseDecimal(t, 0.5m, 300m, "kg")),
            Prescription = ReadPrescription(parsed, errors),
            InHouse = parsed.GetValue(_inHouse),
        };
    }

    private List<PrescriptionGroup>? ReadPrescription(ParseResult parsed, InputErrors errors)
    {
        var typed = parsed.GetValue(_prescription);
        if (typed is null || typed.Length == 0)
        {
            return null;
        }

        var groups = new List<PrescriptionGroup>();
        foreach (var text in typed)
        {
            if (errors.Take(Fields.Prescription, PrescriptionInput.Parse(text), out var group))
            {
                groups.Add(group);
            }
        }

        return groups;
    }
}
