using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace TextEhr.Storage.Backup;

/// <summary>
/// Hashes a database by its rows, not its bytes: the online backup API rewrites header fields, so two
/// copies of the same data differ as files. Each value is written as a type tag then its bytes (lengths
/// prefixed), so 1, 1.0, '1' and x'31' hash differently and no two rows can run together. Reads
/// through SQLite's C API: a 2 GB clinic has tens of millions of values, and each one through
/// ADO.NET would allocate.
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
        var handle = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        foreach (var (name, withoutRowid) in tables)
        {
            var table = HashTable(handle, name, withoutRowid);
            contents.Add(table);
            var sink = new HashSink(whole);
            sink.Text(Encoding.UTF8.GetBytes(table.Name));
            sink.Int64(table.Rows);
            sink.Raw(Convert.FromHexString(table.Sha256));
            sink.Flush();
        }

        return new DatabaseContent(whole.GetHashAndReset(), contents);
    }

    private static TableContent HashTable(sqlite3 handle, string name, bool withoutRowid)
    {
        var quoted = "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

        // A WITHOUT ROWID table (FTS5's _idx and _config) is stored in primary-key order, which a full scan follows.
        var sql = withoutRowid ? $"SELECT * FROM {quoted}" : $"SELECT rowid, * FROM {quoted} ORDER BY rowid";
        Check(handle, raw.sqlite3_prepare_v2(handle, sql, out var statement));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var sink = new HashSink(hash);
        long rows = 0;
        using (statement)
        {
            var columns = raw.sqlite3_column_count(statement);
            int rc;
            while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                rows++;
                for (var i = 0; i < columns; i++)
                {
                    AppendValue(sink, statement, i);
                }
            }

            if (rc != raw.SQLITE_DONE)
            {
                Check(handle, rc);
            }
        }

        sink.Flush();
        return new TableContent(name, rows, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    private static void AppendValue(HashSink sink, sqlite3_stmt statement, int column)
    {
        switch (raw.sqlite3_column_type(statement, column))
        {
            case raw.SQLITE_NULL:
                sink.Tag((byte)'N');
                break;
            case raw.SQLITE_INTEGER:
                sink.Tag((byte)'I');
                sink.Int64(raw.sqlite3_column_int64(statement, column));
                break;
            case raw.SQLITE_FLOAT:
                sink.Tag((byte)'R');
                sink.Int64(BitConverter.DoubleToInt64Bits(raw.sqlite3_column_double(statement, column)));
                break;
            case raw.SQLITE_TEXT:
                // column_blob on TEXT gives its UTF-8 bytes without converting the value.
                sink.Tag((byte)'T');
                sink.Text(raw.sqlite3_column_blob(statement, column));
                break;
            default:
                sink.Tag((byte)'B');
                sink.Text(raw.sqlite3_column_blob(statement, column));
                break;
        }
    }

    private static void Check(sqlite3 handle, int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(handle).utf8_to_string(), rc);
        }
    }

    /// <summary>Gathers small writes into one buffer so the hash is fed in large blocks.</summary>
    private sealed class HashSink(IncrementalHash hash)
    {
        private readonly byte[] _buffer = new byte[64 * 1024];
        private int _used;

        public void Tag(byte tag)
        {
            Ensure(1);
            _buffer[_used++] = tag;
        }

        public void Int64(long value)
        {
            Ensure(8);
            BinaryPrimitives.WriteInt64BigEndian(_buffer.AsSpan(_used), value);
            _used += 8;
        }

        public void Text(ReadOnlySpan<byte> bytes)
        {
            Int64(bytes.Length);
            Raw(bytes);
        }

        public void Raw(ReadOnlySpan<byte> bytes)
        {
            if (bytes.Length > _buffer.Length / 2)
            {
                Flush();
                hash.AppendData(bytes);
                return;
            }

            Ensure(bytes.Length);
            bytes.CopyTo(_buffer.AsSpan(_used));
            _used += bytes.Length;
        }

        public void Flush()
        {
            hash.AppendData(_buffer, 0, _used);
            _used = 0;
        }

        private void Ensure(int count)
        {
            if (_used + count > _buffer.Length)
            {
                Flush();
            }
        }
    }
}
