using Microsoft.Data.Sqlite;
using TextEhr.Domain.Documents;
using TextEhr.Storage.Sql;

namespace TextEhr.Storage.Documents;

/// <summary>Maps <c>issued_documents</c> rows; the output is stored by its lower-case name.</summary>
internal static class IssuedDocumentRows
{
    public const string ListColumns = "id, patient_id, kind, entry_id, title, pdf_sha256, output, printer, created_by, created_at";

    public const string AllColumns = ListColumns + ", model_json, html";

    public const string InsertSql = """
        INSERT INTO issued_documents(patient_id, kind, entry_id, title, model_json, html, pdf_sha256, output, printer, created_by, created_at)
        VALUES (@patient, @kind, @entry, @title, @model, @html, @sha, @output, @printer, @user, @at) RETURNING id
        """;

    public static string OutputName(IssuedOutput output) => output switch
    {
        IssuedOutput.Printed => "printed",
        IssuedOutput.Html => "html",
        IssuedOutput.Opened => "opened",
        _ => "pdf",
    };

    public static IssuedDocument ReadListed(SqliteDataReader row) => new()
    {
        Id = row.GetInt64(0),
        PatientId = row.GetInt64(1),
        Kind = row.GetString(2),
        EntryId = row.GetInt64OrNull(3),
        Title = row.GetString(4),
        PdfSha256 = row.IsDBNull(5) ? null : Convert.ToHexStringLower((byte[])row.GetValue(5)),
        Output = row.GetString(6) switch
        {
            "printed" => IssuedOutput.Printed,
            "html" => IssuedOutput.Html,
            "opened" => IssuedOutput.Opened,
            _ => IssuedOutput.Pdf,
        },
        Printer = row.GetStringOrNull(7),
        CreatedById = row.GetInt64(8),
        CreatedAt = row.GetInstant(9),
        ModelJson = string.Empty,
        Html = string.Empty,
    };

    public static IssuedDocument ReadWhole(SqliteDataReader row) => ReadListed(row) with
    {
        ModelJson = row.GetString(10),
        Html = row.GetString(11),
    };
}
