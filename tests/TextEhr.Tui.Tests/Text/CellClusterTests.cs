using TextEhr.Tui.Text;

namespace TextEhr.Tui.Tests.Text;

public sealed class CellClusterTests
{
    [Fact]
    public void Half_width_ﾀﾞ_is_two_clusters_although_it_is_one_grapheme()
    {
        Assert.Equal([new CellCluster(0, 1, 1), new CellCluster(1, 1, 1)], Clusters("ﾀﾞ"));
    }

    [Fact]
    public void A_combining_mark_joins_the_character_before_it()
    {
        Assert.Equal([new CellCluster(0, 2, 2), new CellCluster(2, 1, 2)], Clusters("か\u3099き"));
    }

    [Fact]
    public void A_surrogate_pair_is_one_cluster()
    {
        Assert.Equal([new CellCluster(0, 2, 2), new CellCluster(2, 1, 2)], Clusters("𠮷郎"));
    }

    [Fact]
    public void An_ideographic_variation_sequence_is_one_wide_cluster()
    {
        Assert.Equal([new CellCluster(0, 3, 2), new CellCluster(3, 1, 2)], Clusters("葛\U000E0100飾"));
    }

    [Fact]
    public void A_standardized_variant_and_a_zero_width_joiner_join_the_cluster()
    {
        Assert.Equal([new CellCluster(0, 3, 1)], Clusters("※\uFE0F\u200D"));
    }

    [Fact]
    public void Marks_at_the_start_form_a_cluster_of_no_width()
    {
        Assert.Equal([new CellCluster(0, 2, 0), new CellCluster(2, 1, 1)], Clusters("\u0301\u0302a"));
    }

    [Fact]
    public void A_control_character_is_a_cluster_of_its_own_with_no_width()
    {
        Assert.Equal([new CellCluster(0, 1, 1), new CellCluster(1, 1, 0), new CellCluster(2, 1, 1)], Clusters("a\eb"));
    }

    [Fact]
    public void Cluster_widths_add_up_to_the_text_width()
    {
        const string text = "山田 𠮷郎 ﾔﾏﾀﾞ 葛\U000E0100飾 か\u3099 ①";

        Assert.Equal(CellWidth.Of(text), Clusters(text).Sum(cluster => cluster.Width));
        Assert.Equal(text.Length, Clusters(text).Sum(cluster => cluster.Length));
    }

    private static List<CellCluster> Clusters(string text)
    {
        var clusters = new List<CellCluster>();
        foreach (var cluster in CellWidth.Clusters(text))
        {
            clusters.Add(cluster);
        }

        return clusters;
    }
}
