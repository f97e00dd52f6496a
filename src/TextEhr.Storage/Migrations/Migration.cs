namespace TextEhr.Storage.Migrations;

/// <summary>One numbered schema step: after it runs, PRAGMA user_version is <see cref="Version"/>.</summary>
internal sealed record Migration(int Version, string Name, string Sql);
