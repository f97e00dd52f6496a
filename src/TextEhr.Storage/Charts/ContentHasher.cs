using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using TextEhr.Domain.Clinical;
using TextEhr.Domain.Prescriptions;

namespace TextEhr.Storage.Charts;

/// <summary>
/// ContentHash = SHA-256 (lower-case hex) of a canonical JSON of the content: fixed member order,
/// decimals in invariant form, enums as numbers, absent values as null. Two versions with equal
/// content have equal hashes on any machine, so a reader of the history can compare them.
/// </summary>
internal static class ContentHasher
{
    public static string Hash(ChartEntryContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("s", content.Subjective);
            json.WriteString("o", content.Objective);
            json.WriteString("a", content.Assessment);
            json.WriteString("p", content.Plan);
            WriteVitals(json, content.Vitals);
            WritePrescription(json, content.Prescription);
            json.WriteEndObject();
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
    }

    private static void WriteVitals(Utf8JsonWriter json, Vitals vitals)
    {
        json.WriteStartObject("vitals");
        Write(json, "systolic", vitals.Systolic);
        Write(json, "diastolic", vitals.Diastolic);
        Write(json, "pulse", vitals.Pulse);
        Write(json, "temperature", vitals.TemperatureCelsius);
        Write(json, "spo2", vitals.SpO2);
        Write(json, "height", vitals.HeightCm);
        Write(json, "weight", vitals.WeightKg);
        json.WriteEndObject();
    }

    private static void WritePrescription(Utf8JsonWriter json, Prescription? prescription)
    {
        if (prescription is null)
        {
            json.WriteNull("rx");
            return;
        }

        json.WriteStartObject("rx");
        json.WriteBoolean("outOfHouse", prescription.IsOutOfHouse);
        json.WriteStartArray("groups");
        foreach (var group in prescription.Groups)
        {
            json.WriteStartObject();
            json.WriteNumber("form", (int)group.Form);
            json.WriteString("usage", group.Usage);
            json.WriteNumber("duration", group.Duration);
            json.WriteNumber("unit", (int)group.DurationUnit);
            json.WriteStartArray("items");
            foreach (var item in group.Items)
            {
                json.WriteStartObject();
                json.WriteString("drug", item.DrugName);
                json.WriteString("code", item.DrugCode);
                json.WriteString("dose", item.Dose.ToString(CultureInfo.InvariantCulture));
                json.WriteString("unit", item.Unit);
                json.WriteBoolean("generic", item.IsGeneric);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Write(Utf8JsonWriter json, string name, decimal? value) =>
        json.WriteString(name, value?.ToString(CultureInfo.InvariantCulture));
}
