using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace TextEhr.Storage.Backup;

/// <summary>
/// Hashes a database by its rows, not its bytes: the online backup API rewrites header fields, so two
/// copies of the same data differ as files. Each value is written as a type tag then its bytes (lengths
/// prefixed), so 1, 1.0, '1' and x'31' hash differently and no two rows can run together.
/// </summary>
internal static class DatabaseContentHasher
{
    private const string TablesSql = "SELECT name, wr FROM pragma_table_list WHERE schema = 'main' AND type = 'table' ORDER BY name";

    public static DatabaseContent Compute(SqliteConnection connection)
    {
        var tables = new List<(string Name, bool WithoutRowid)>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = TablesSql;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                tables.Add((reader.GetString(0), reader.GetInt64(1) != 0));
            }
        }

        using var whole = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var contents = new List<TableContent>(tables.Count);
        foreach (var (name, withoutRowid) in tables)
        {
            var table = HashTable(connection, name, withoutRowid);
            contents.Add(table);
            AppendText(whole, table.Name);
            AppendInt64(whole, table.Rows);
            whole.AppendData(Convert.FromHexString(table.Sha256));
        }

        return new DatabaseContent(whole.GetHashAndReset(), contents);
    }

    private static TableContent HashTable(SqliteConnection connection, string name, bool withoutRowid)
    {
        var quoted = "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        using var command = connection.CreateCommand();

        // A WITHOUT ROWID table (FTS5's _idx and _config) is stored in primary-key order, which a full scan follows.
#pragma warning disable CA2100 // Review SQL queries for security vulnerabilities: the name comes from the file's own schema, quoted.
        command.CommandText = withoutRowid ? $"SELECT * FROM {quoted}" : $"SELECT rowid, * FROM {quoted} ORDER BY rowid";
#pragma warning restore CA2100
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long rows = 0;
        using var reader = command.ExecuteReader();
        var columns = reader.FieldCount;
        while (reader.Read())
        {
            rows++;
            for (var i = 0; i < columns; i++)
            {
                AppendValue(hash, reader, i);
            }
        }

        return new TableContent(name, rows, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    private static void AppendValue(IncrementalHash hash, SqliteDataReader reader, int ordinal)
    {
        if (reader.IsDBNull(ordinal))
        {
            hash.AppendData("N"u8);
            return;
        }

        var type = reader.GetFieldType(ordinal);
        if (type == typeof(long))
        {
            hash.AppendData("I"u8);
            AppendInt64(hash, reader.GetInt64(ordinal));
        }
        else if (type == typeof(double))
        {
            hash.AppendData("R"u8);
            AppendInt64(hash, BitConverter.DoubleToInt64Bits(reader.GetDouble(ordinal)));
        }
        else if (type == typeof(string))
        {
            hash.AppendData("T"u8);
            AppendText(hash, reader.GetString(ordinal));
        }
        else
        {
            hash.AppendData("B"u8);
            var bytes = reader.GetFieldValue<byte[]>(ordinal);
            AppendInt64(hash, bytes.Length);
            hash.AppendData(bytes);
        }
    }

    private static void AppendText(IncrementalHash hash, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        AppendInt64(hash, bytes.Length);
        hash.AppendData(bytes);
    }

    private static void AppendInt64(IncrementalHash hash, long value)
    {
        Span<byte> buffer = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(buffer, value);
        hash.AppendData(buffer);
    }
}
