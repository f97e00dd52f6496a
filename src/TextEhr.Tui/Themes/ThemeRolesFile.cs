using System.Text.Json.Serialization;

namespace TextEhr.Tui.Themes;

/// <summary>The <c>roles</c> object of a theme file: one entry per <see cref="VisualRole"/>, nothing else.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class ThemeRolesFile
{
    public RoleStyleFile? Normal { get; set; }

    public RoleStyleFile? Label { get; set; }

    public RoleStyleFile? Focus { get; set; }

    public RoleStyleFile? Selected { get; set; }

    public RoleStyleFile? Error { get; set; }

    public RoleStyleFile? Warning { get; set; }

    public RoleStyleFile? Banner { get; set; }

    public RoleStyleFile? KeyBar { get; set; }

    public RoleStyleFile? Disabled { get; set; }

    public RoleStyleFile? this[VisualRole role] => role switch
    {
        VisualRole.Normal => Normal,
        VisualRole.Label => Label,
        VisualRole.Focus => Focus,
        VisualRole.Selected => Selected,
        VisualRole.Error => Error,
        VisualRole.Warning => Warning,
        VisualRole.Banner => Banner,
        VisualRole.KeyBar => KeyBar,
        _ => Disabled,
    };
}
