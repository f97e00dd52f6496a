namespace TextEhr.App.Hosting;

/// <summary>A doctor of the clinic as <c>clinic.json</c> lists them (the login and its user id).</summary>
public sealed record ClinicDoctor(long UserId, string Login, string Name);
