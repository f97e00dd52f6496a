using System.CommandLine;
using TextEhr.App.Demo;
using TextEhr.App.Hosting;
using TextEhr.App.Input;
using TextEhr.App.Output;

namespace TextEhr.App.Cli;

/// <summary>
/// <c>textehr demo</c>: makes the folder a demo clinic when it has none, then fills it with synthetic
/// patients unless it already has some (so running it twice is harmless).
/// </summary>
internal sealed class DemoCommand : Command
{
    public const int DefaultPatients = 300;

    public const int DefaultSeed = 20240401;

    public const int MaximumPatients = 1_000_000;

    private readonly CliContext _context;
    private readonly Option<string?> _data = CommonOptions.Data();
    private readonly Option<bool> _json = CommonOptions.Json();
    private readonly Option<string?> _patients = CommonOptions.Text("--patients", "作る患者の数 (既定 300)", "N");
    private readonly Option<string?> _seed = CommonOptions.Text("--seed", "乱数の種 (同じ種なら同じデモ)", "S");

    public DemoCommand(CliContext context)
        : base("demo", "架空の患者でデモ診療所を作る")
    {
        _context = context;
        Options.Add(_data);
        Options.Add(_patients);
        Options.Add(_seed);
        Options.Add(_json);
        SetAction(parsed => CommandRunner.Run(_context, "demo", parsed.GetValue(_data), session => Execute(parsed, session)));
    }

    private int Execute(ParseResult parsed, CliSession session)
    {
        var errors = new InputErrors();
        var patients = errors.OptionalValue(Fields.PatientCount, parsed.GetValue(_patients), t => WholeNumberInput.Parse(t, 1, MaximumPatients));
        var seed = errors.OptionalValue(Fields.Seed, parsed.GetValue(_seed), t => WholeNumberInput.Parse(t, 0, int.MaxValue));
        errors.ThrowIfAny();

        // A real clinic is never filled with synthetic patients, even while it is still empty.
        if (ClinicProfileFile.Exists(session.Folder) && !session.RequireClinic().IsDemo)
        {
            throw new CommandFailedException(CliMessages.DemoRefusesRealClinic(session.Folder.Root));
        }

        var existing = session.Database.Patients.Count();
        if (existing > 0)
        {
            session.Out.WriteLine(CliMessages.DemoAlreadyFilled(existing));
            session.Out.WriteLine(CliMessages.DemoNextStep(session.Folder.Root));
            return ExitCodes.Ok;
        }

        if (!ClinicProfileFile.Exists(session.Folder))
        {
            CreateDemoClinic(session);
        }

        var count = patients ?? DefaultPatients;
        _context.Error.WriteLine(CliMessages.DemoGenerating(count));
        var summary = DemoClinicGenerator.Generate(
            session.Database,
            count,
            seed ?? DefaultSeed,
            session.Today,
            new LineProgress(_context.Error));
        session.Log.Information("Demo clinic generated with {PatientCount} patients", count);
        if (parsed.GetValue(_json))
        {
            JsonFormat.Write(session.Out, summary);
            return ExitCodes.Ok;
        }

        DemoSummaryText.Write(session.Out, summary);
        session.Out.WriteLine(CliMessages.DemoLoginHint(DemoDoctor.Login, DemoDoctor.Password));
        session.Out.WriteLine(CliMessages.DemoNextStep(session.Folder.Root));
        return ExitCodes.Ok;
    }

    private void CreateDemoClinic(CliSession session)
    {
        var doctorId = DemoDoctor.Ensure(session.Database.Users);
        var doctor = session.Database.Users.FindById(doctorId)!;
        ClinicProfileFile.Save(session.Folder, new ClinicProfile
        {
            Name = CliMessages.DemoClinicName,
            InstitutionCode = "0000000",
            Prefecture = "13",
            Address = "東京都千代田区(架空)",
            Phone = "03-0000-0000",
            Doctors = [new ClinicDoctor(doctor.Id, doctor.Login, doctor.DisplayName)],
            IsDemo = true,
            CreatedAt = ClinicTime.Now(_context.Time),
        });
        session.Log.Information("Demo clinic created with doctor {UserId}", doctor.Id);
        session.Out.WriteLine(CliMessages.DemoClinicCreated(session.Folder.Root));
    }
}
