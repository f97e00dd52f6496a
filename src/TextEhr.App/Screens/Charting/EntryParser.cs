using System.Globalization;
using TextEhr.App.Input;
using TextEhr.App.Output;
using TextEhr.Domain.Clinical;
using TextEhr.Domain.Dates;
using TextEhr.Domain.Prescriptions;

namespace TextEhr.App.Screens.Charting;

/// <summary>
/// Reads a typed page with the command line's parsers (same ranges, same Japanese messages), and
/// writes content back as the texts a doctor would have typed.
/// </summary>
public static class EntryParser
{
    /// <summary>Parses every box; boxes that fail are reported and left out of the content.</summary>
    public static ParsedEntry Parse(EntryFields fields, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var problems = new List<EntryProblem>();
        DateOnly? date = null;
        if (fields.VisitDate.Trim().Length == 0)
        {
            problems.Add(new EntryProblem(EntryField.VisitDate, ChartMessages.VisitDateRequired));
        }
        else
        {
            var parsed = DateInput.ParseNotAfter(fields.VisitDate, today);
            date = parsed.IsSuccess ? parsed.Value : null;
            AddProblem(problems, EntryField.VisitDate, parsed.Error);
        }

        var pressure = Take(problems, EntryField.BloodPressure, fields.BloodPressure, BloodPressureInput.Parse);
        var vitals = new Vitals
        {
            Systolic = pressure?.Systolic,
            Diastolic = pressure?.Diastolic,
            Pulse = TakeValue(problems, EntryField.Pulse, fields.Pulse, ParsePulse),
            TemperatureCelsius = TakeValue(problems, EntryField.Temperature, fields.Temperature, ParseTemperature),
            SpO2 = TakeValue(problems, EntryField.SpO2, fields.SpO2, ParseSpO2),
            HeightCm = TakeValue(problems, EntryField.Height, fields.Height, ParseHeight),
            WeightKg = TakeValue(problems, EntryField.Weight, fields.Weight, ParseWeight),
        };
        var content = new ChartEntryContent
        {
            Subjective = fields.Subjective.Trim(),
            Objective = fields.Objective.Trim(),
            Assessment = fields.Assessment.Trim(),
            Plan = fields.Plan.Trim(),
            Vitals = vitals,
            Prescription = fields.Groups.Count == 0 ? null : new Prescription { Groups = fields.Groups, IsOutOfHouse = fields.IsOutOfHouse },
        };
        problems.Sort((a, b) => a.Field.CompareTo(b.Field));
        return new ParsedEntry(content, date, problems);
    }

    /// <summary>The check run when the focus leaves a box: the Japanese message, or null when it reads.</summary>
    public static string? Check(EntryField field, string text, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Trim().Length == 0)
        {
            return field == EntryField.VisitDate ? ChartMessages.VisitDateRequired : null;
        }

        return field switch
        {
            EntryField.VisitDate => DateInput.ParseNotAfter(text, today).Error,
            EntryField.BloodPressure => BloodPressureInput.Parse(text).Error,
            EntryField.Pulse => ParsePulse(text).Error,
            EntryField.Temperature => ParseTemperature(text).Error,
            EntryField.SpO2 => ParseSpO2(text).Error,
            EntryField.Height => ParseHeight(text).Error,
            EntryField.Weight => ParseWeight(text).Error,
            _ => null,
        };
    }

    /// <summary>BMI as the doctor types 身長 and 体重; null until both read.</summary>
    public static decimal? Bmi(string height, string weight)
    {
        ArgumentNullException.ThrowIfNull(height);
        ArgumentNullException.ThrowIfNull(weight);
        var h = height.Trim().Length == 0 ? null : ParseHeight(height);
        var w = weight.Trim().Length == 0 ? null : ParseWeight(weight);
        return h is { IsSuccess: true } && w is { IsSuccess: true }
            ? new Vitals { HeightCm = h.Value, WeightKg = w.Value }.Bmi
            : null;
    }

    /// <summary>The texts that give back <paramref name="content"/> (a draft reloaded, a version to amend).</summary>
    public static EntryFields ToFields(ChartEntryContent content, DateOnly visitDate)
    {
        ArgumentNullException.ThrowIfNull(content);
        var vitals = content.Vitals;
        return new EntryFields
        {
            VisitDate = JapaneseDateFormatter.FormatShort(visitDate),
            Subjective = content.Subjective,
            Objective = content.Objective,
            BloodPressure = vitals.Systolic is { } s && vitals.Diastolic is { } d
                ? string.Create(CultureInfo.InvariantCulture, $"{s}/{d}")
                : string.Empty,
            Pulse = Text(vitals.Pulse),
            Temperature = Text(vitals.TemperatureCelsius),
            SpO2 = Text(vitals.SpO2),
            Height = Text(vitals.HeightCm),
            Weight = Text(vitals.WeightKg),
            Assessment = content.Assessment,
            Plan = content.Plan,
            Groups = content.Prescription?.Groups ?? [],
            IsOutOfHouse = content.Prescription?.IsOutOfHouse ?? true,
        };
    }

    // The ranges of the command line's note options, so a value refused there is refused here.
    private static Domain.Validation.ParseResult<int> ParsePulse(string text) => MeasurementInput.ParseWhole(text, 20, 250, "/分");

    private static Domain.Validation.ParseResult<decimal> ParseTemperature(string text) => MeasurementInput.ParseDecimal(text, 30m, 45m, "℃");

    private static Domain.Validation.ParseResult<int> ParseSpO2(string text) => MeasurementInput.ParseWhole(text, 50, 100, "%");

    private static Domain.Validation.ParseResult<decimal> ParseHeight(string text) => MeasurementInput.ParseDecimal(text, 20m, 250m, "cm");

    private static Domain.Validation.ParseResult<decimal> ParseWeight(string text) => MeasurementInput.ParseDecimal(text, 0.5m, 300m, "kg");

    private static string Text(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Text(decimal? value) => value is { } number ? DisplayText.Number(number) : string.Empty;

    private static T? Take<T>(List<EntryProblem> problems, EntryField field, string text, Func<string, Domain.Validation.ParseResult<T>> parse)
        where T : class
    {
        if (text.Trim().Length == 0)
        {
            return null;
        }

        var parsed = parse(text);
        AddProblem(problems, field, parsed.Error);
        return parsed.IsSuccess ? parsed.Value : null;
    }

    private static T? TakeValue<T>(List<EntryProblem> problems, EntryField field, string text, Func<string, Domain.Validation.ParseResult<T>> parse)
        where T : struct
    {
        if (text.Trim().Length == 0)
        {
            return null;
        }

        var parsed = parse(text);
        AddProblem(problems, field, parsed.Error);
        return parsed.IsSuccess ? parsed.Value : null;
    }

    private static void AddProblem(List<EntryProblem> problems, EntryField field, string? error)
    {
        if (error is not null)
        {
            problems.Add(new EntryProblem(field, ChartMessages.FieldName(field) + ": " + error));
        }
    }
}
