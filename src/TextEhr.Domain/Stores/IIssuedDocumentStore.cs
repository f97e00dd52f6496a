using TextEhr.Domain.Documents;

namespace TextEhr.Domain.Stores;

/// <summary>Issued documents (発行文書): appended with their Print audit row, never changed.</summary>
public interface IIssuedDocumentStore
{
    /// <summary>Keeps <paramref name="document"/> and audits the print with <paramref name="auditDetail"/> (IDs and hashes only).</summary>
    IssuedDocument Add(IssuedDocument document, long userId, string auditDetail);

    /// <summary>The patient's documents, newest first, without their model and HTML (see <see cref="Find"/>).</summary>
    IReadOnlyList<IssuedDocument> ForPatient(long patientId);

    /// <summary>One document with its snapshot, or null.</summary>
    IssuedDocument? Find(long documentId);
}
