using TextEhr.Tui.Views;

namespace TextEhr.Tui.Gallery;

/// <summary>The patients matching a filter: indexes into the full list, rows still made on demand.</summary>
internal sealed class GalleryPatientMatches(GalleryPatients all, int[] indexes) : IListSource
{
    public int Count => indexes.Length;

    public string GetRow(int index) => all.GetRow(indexes[index]);
}
