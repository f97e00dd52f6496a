using TextEhr.Storage;

namespace TextEhr.App.Backup;

/// <summary>How a <see cref="BackupService"/> works; the defaults are the product's, tests change the seams.</summary>
public sealed record BackupOptions
{
    public static BackupOptions Default { get; } = new();

    /// <summary>The user the record and audit row name (the logged-in doctor); null from a script.</summary>
    public long? UserId { get; init; }

    /// <summary>
    /// For a restore without <see cref="UserId"/>: picks the user its audit row names from the restored database,
    /// where the users are (the one it replaces may be absent on a new PC, or hold other ids). It may refuse
    /// with an exception, which undoes the swap.
    /// </summary>
    internal Func<ClinicDatabase, long?>? RestoringUser { get; init; }

    /// <summary>Generations kept per clinic in a destination; null takes <c>ClinicSettings.BackupGenerations</c>.</summary>
    public int? Generations { get; init; }

    /// <summary>PBKDF2 iterations written into new files (the header carries them; tests lower it).</summary>
    public int Iterations { get; init; } = BackupFormat.DefaultIterations;

    /// <summary>Plaintext bytes per encrypted chunk.</summary>
    public int ChunkSize { get; init; } = BackupFormat.DefaultChunkSize;

    /// <summary>Wraps the stream the container is written to (tests inject a full disk or a pulled stick).</summary>
    internal Func<Stream, Stream>? WrapDestination { get; init; }
}
