using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TextEhr.App.Output;

namespace TextEhr.App.Backup;

/// <summary>
/// The plaintext inside the container: the data folder's files, each as name length ‖ name ‖ size ‖
/// bytes, then the manifest with every file's hash, then an empty name. Only the known file names are
/// accepted back, so a payload cannot write anywhere else.
/// </summary>
internal static class BackupPayload
{
    public const string DatabaseName = "textehr.db";
    public const string ClinicName = "clinic.json";
    public const string SettingsName = "settings.json";
    public const string ManifestName = "manifest.json";

    private const int BufferSize = 1024 * 1024;

    /// <summary>The files a backup carries and a restore puts back, in payload order.</summary>
    public static IReadOnlyList<string> FileNames { get; } = [ClinicName, SettingsName, DatabaseName];

    /// <summary>Writes the files (name in the payload, path to read) and the manifest; <paramref name="progress"/> gets bytes read so far.</summary>
    public static BackupManifest Write(
        Stream output, IReadOnlyList<(string Name, string Path)> sources, BackupManifest manifest, Action<long> progress, CancellationToken cancellationToken)
    {
        var files = new List<BackupManifestFile>();
        var buffer = new byte[BufferSize];
        long total = 0;
        foreach (var (name, path) in sources)
        {
            using var input = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            var size = input.Length;
            WriteEntryHead(output, name, size);
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long copied = 0;
            int read;
            while (copied < size && (read = input.Read(buffer, 0, (int)Math.Min(buffer.Length, size - copied))) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                output.Write(buffer, 0, read);
                hash.AppendData(buffer, 0, read);
                copied += read;
                total += read;
                progress(total);
            }

            if (copied != size)
            {
                throw new IOException($"{name} changed size while it was read.");
            }

            files.Add(new BackupManifestFile(name, size, Convert.ToHexStringLower(hash.GetHashAndReset())));
        }

        var sealedManifest = manifest with { Files = files };
        var json = Encoding.UTF8.GetBytes(JsonFormat.Serialize(sealedManifest));
        WriteEntryHead(output, ManifestName, json.Length);
        output.Write(json);
        WriteName(output, string.Empty);
        return sealedManifest;
    }

    /// <summary>
    /// Reads every entry, checking each against the manifest; writes the files into
    /// <paramref name="extractFolder"/> when given (the caller discards that folder on failure).
    /// </summary>
    /// <exception cref="BackupFailedException">The payload is not what a backup writes (damaged).</exception>
    public static BackupManifest Read(Stream input, string? extractFolder, Action<long> progress, CancellationToken cancellationToken)
    {
        var seen = new Dictionary<string, BackupManifestFile>(StringComparer.Ordinal);
        var buffer = new byte[BufferSize];
        long total = 0;
        while (true)
        {
            var name = ReadName(input);
            if (name.Length == 0)
            {
                throw Damaged();
            }

            var size = ReadInt64(input);
            if (size < 0 || seen.ContainsKey(name))
            {
                throw Damaged();
            }

            if (string.Equals(name, ManifestName, StringComparison.Ordinal))
            {
                var manifest = ReadManifest(input, size);
                if (ReadName(input).Length != 0 || !Matches(manifest, seen))
                {
                    throw Damaged();
                }

                return manifest;
            }

            if (!FileNames.Contains(name, StringComparer.Ordinal))
            {
                throw Damaged();
            }

            using var output = extractFolder is null ? Stream.Null : CreateOwnerOnly(Path.Combine(extractFolder, name));
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var left = size;
            while (left > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var read = input.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
                if (read == 0)
                {
                    throw Damaged();
                }

                output.Write(buffer, 0, read);
                hash.AppendData(buffer, 0, read);
                left -= read;
                total += read;
                progress(total);
            }

            if (output is FileStream file)
            {
                file.Flush(flushToDisk: true);
            }

            seen.Add(name, new BackupManifestFile(name, size, Convert.ToHexStringLower(hash.GetHashAndReset())));
        }
    }

    private static bool Matches(BackupManifest manifest, Dictionary<string, BackupManifestFile> seen) =>
        manifest.Format == BackupManifest.CurrentFormat
        && manifest.Files.Count == seen.Count
        && seen.ContainsKey(DatabaseName)
        && manifest.Files.All(file => seen.TryGetValue(file.Name, out var read) && read == file);

    private static BackupManifest ReadManifest(Stream input, long size)
    {
        if (size > 1024 * 1024)
        {
            throw Damaged();
        }

        var json = new byte[size];
        if (input.ReadAtLeast(json, json.Length, throwOnEndOfStream: false) < json.Length)
        {
            throw Damaged();
        }

        try
        {
            return JsonSerializer.Deserialize<BackupManifest>(json, JsonFormat.Options) ?? throw Damaged();
        }
        catch (JsonException ex)
        {
            throw new BackupFailedException(BackupFailure.Damaged, BackupMessages.Damaged, ex);
        }
    }

    private static FileStream CreateOwnerOnly(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, BufferSize = 0 };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return new FileStream(path, options);
    }

    private static void WriteEntryHead(Stream output, string name, long size)
    {
        WriteName(output, name);
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, size);
        output.Write(bytes);
    }

    private static void WriteName(Stream output, string name)
    {
        var bytes = Encoding.UTF8.GetBytes(name);
        Span<byte> length = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(length, (ushort)bytes.Length);
        output.Write(length);
        output.Write(bytes);
    }

    private static string ReadName(Stream input)
    {
        Span<byte> length = stackalloc byte[2];
        ReadExactly(input, length);
        var count = BinaryPrimitives.ReadUInt16LittleEndian(length);
        if (count > 64)
        {
            throw Damaged();
        }

        var bytes = new byte[count];
        ReadExactly(input, bytes);
        return Encoding.UTF8.GetString(bytes);
    }

    private static long ReadInt64(Stream input)
    {
        Span<byte> bytes = stackalloc byte[8];
        ReadExactly(input, bytes);
        return BinaryPrimitives.ReadInt64LittleEndian(bytes);
    }

    private static void ReadExactly(Stream input, Span<byte> target)
    {
        if (input.ReadAtLeast(target, target.Length, throwOnEndOfStream: false) < target.Length)
        {
            throw Damaged();
        }
    }

    private static BackupFailedException Damaged() => new(BackupFailure.Damaged, BackupMessages.Damaged);
}
