namespace TextEhr.App.Demo;

/// <summary>How much blood work a regular visit includes.</summary>
internal enum DemoLabScope
{
    None,

    /// <summary>HbA1c and glucose only (a diabetic's quarterly check).</summary>
    Glycaemic,

    /// <summary>Everything the patient's conditions call for.</summary>
    Full,
}
