using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;

namespace TextEhr.Storage.Audit;

/// <summary>
/// hash = SHA-256(previous hash ‖ canonical row). The canonical row is a JSON array of the stored
/// values in column order (id, at in Unix ms, user, action, entity, entity id, patient, detail):
/// unambiguous whatever the detail holds, and the id makes a reordering or a gap visible.
/// </summary>
internal static class AuditRowHasher
{
    public const int HashBytes = 32;

    /// <summary>The previous hash of the first row.</summary>
    public static byte[] Genesis { get; } = new byte[HashBytes];

    public static byte[] Hash(ReadOnlySpan<byte> previousHash, AuditRow row)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        buffer.Write(previousHash);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            json.WriteNumberValue(row.Id);
            json.WriteNumberValue(row.At);
            WriteNullable(json, row.UserId);
            json.WriteStringValue(row.Action);
            json.WriteStringValue(row.Entity);
            WriteNullable(json, row.EntityId);
            WriteNullable(json, row.PatientId);
            json.WriteStringValue(row.Detail);
            json.WriteEndArray();
        }

        return SHA256.HashData(buffer.WrittenSpan);
    }

    public static string ToHex(byte[] hash) => Convert.ToHexStringLower(hash);

    private static void WriteNullable(Utf8JsonWriter json, long? value)
    {
        if (value is { } v)
        {
            json.WriteNumberValue(v);
        }
        else
        {
            json.WriteNullValue();
        }
    }
}
