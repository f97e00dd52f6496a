using TextEhr.Tui.Views;

namespace TextEhr.Tui.Tests.Views;

public sealed class FocusRingTests
{
    private readonly TextField _name = new();
    private readonly TextField _number = new() { IsEnabled = false };
    private readonly DateField _birth = new(_ => (null, "日付が読めません"));
    private readonly CheckBox _referral = new("あり");

    [Fact]
    public void The_focus_starts_on_the_first_enabled_field_and_moves_in_order_skipping_disabled_ones()
    {
        var ring = new FocusRing([_number, _name, _birth, _referral]);
        Assert.Same(_name, ring.Current);
        Assert.True(_name.HasFocus);

        ring.Next();
        Assert.Same(_birth, ring.Current);
        Assert.False(_name.HasFocus);
        ring.Next();
        ring.Next();
        Assert.Same(_name, ring.Current);

        ring.Previous();
        Assert.Same(_referral, ring.Current);
        Assert.True(_referral.HasFocus);
    }

    [Fact]
    public void Leaving_a_field_validates_it_returns_its_error_and_still_moves_on()
    {
        var ring = new FocusRing([_birth, _referral]);
        _birth.Text = "S50.13.1";

        var error = ring.Next();

        Assert.Equal("日付が読めません", error);
        Assert.Equal("日付が読めません", _birth.Error);
        Assert.Same(_referral, ring.Current);
        Assert.Equal("S50.13.1", _birth.Text);
    }

    [Fact]
    public void A_disabled_field_cannot_be_focused_directly()
    {
        var ring = new FocusRing([_name, _number]);

        ring.Focus(_number);

        Assert.Same(_name, ring.Current);
    }
}
