using Microsoft.Data.Sqlite;
using TextEhr.Storage.Migrations;
using TextEhr.Storage.Sql;
using TextEhr.Storage.Tests.Support;

namespace TextEhr.Storage.Tests.Migrations;

public sealed class SchemaMigratorTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void An_empty_file_is_migrated_to_the_latest_version_with_strict_tables()
    {
        var path = _folder.File("new.db");

        using (var db = ClinicDatabase.Open(path, ManualTime.Default()))
        {
            Assert.Equal(MigrationCatalog.LatestVersion, db.SchemaVersion);
        }

        using var raw = OpenRaw(path);
        Assert.Equal((long)MigrationCatalog.LatestVersion, TestClinic.Scalar(raw, "PRAGMA user_version"));
        var tables = new[] { "users", "patients", "patients_history", "chart_entries", "chart_entry_versions",
            "prescription_groups", "prescription_items", "allergies", "problems", "lab_orders", "lab_results", "audit_log" };
        foreach (var table in tables)
        {
            Assert.Equal(1L, TestClinic.Scalar(raw, $"SELECT strict FROM pragma_table_list WHERE name = '{table}'"));
        }
    }

    [Fact]
    public void Reopening_applies_no_migration_twice()
    {
        var path = _folder.File("twice.db");
        ClinicDatabase.Open(path, ManualTime.Default()).Dispose();
        using var raw = OpenRaw(path);
        var schemaBefore = TestClinic.Scalar(raw, "SELECT group_concat(sql, ';') FROM sqlite_schema");

        ClinicDatabase.Open(path, ManualTime.Default()).Dispose();

        Assert.Equal(schemaBefore, TestClinic.Scalar(raw, "SELECT group_concat(sql, ';') FROM sqlite_schema"));
    }

    [Fact]
    public void A_database_from_a_newer_build_is_refused_and_left_alone()
    {
        var path = _folder.File("newer.db");
        ClinicDatabase.Open(path, ManualTime.Default()).Dispose();
        var newer = MigrationCatalog.LatestVersion + 1;
        using (var raw = OpenRaw(path))
        {
            TestClinic.Execute(raw, $"PRAGMA user_version = {newer}");
        }

        var refused = Assert.Throws<IncompatibleDatabaseException>(() => ClinicDatabase.Open(path, ManualTime.Default()));

        Assert.Equal(StorageMessages.DatabaseTooNew(newer, MigrationCatalog.LatestVersion), refused.Message);
        using var check = OpenRaw(path);
        Assert.Equal((long)newer, TestClinic.Scalar(check, "PRAGMA user_version"));
    }

    [Fact]
    public void Another_programs_database_is_refused()
    {
        var path = _folder.File("other.db");
        using (var raw = OpenRaw(path))
        {
            TestClinic.Execute(raw, "CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT)");
        }

        var refused = Assert.Throws<IncompatibleDatabaseException>(() => ClinicDatabase.Open(path, ManualTime.Default()));

        Assert.Equal(StorageMessages.NotAClinicDatabase, refused.Message);
    }

    [Fact]
    public void A_failing_migration_rolls_back_whole_and_keeps_the_version_before_it()
    {
        var path = _folder.File("failing.db");
        using var session = new SqliteSession(ConnectionOpener.Open(path, StorageOptions.Default), ManualTime.Default());
        var migrations = new[]
        {
            new Migration(1, "first", "CREATE TABLE a(id INTEGER PRIMARY KEY) STRICT;"),
            new Migration(2, "broken", "CREATE TABLE b(id INTEGER PRIMARY KEY) STRICT; INSERT INTO missing VALUES (1);"),
        };

        Assert.Throws<SqliteException>(() => SchemaMigrator.Migrate(session, migrations));

        Assert.Equal(1, SchemaMigrator.UserVersion(session));
        Assert.Equal(0L, session.ScalarInt64("SELECT count(*) FROM sqlite_schema WHERE name = 'b'"));
    }

    [Fact]
    public void The_embedded_migrations_are_numbered_from_one_without_gaps()
    {
        var all = MigrationCatalog.All;

        Assert.NotEmpty(all);
        Assert.Equal(Enumerable.Range(1, all.Count), all.Select(m => m.Version));
        Assert.Equal("initial", all[0].Name);
    }

    private static SqliteConnection OpenRaw(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        return connection;
    }
}
