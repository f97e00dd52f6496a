using System.CommandLine;
using TextEhr.App.Hosting;
using TextEhr.App.Input;

namespace TextEhr.App.Cli;

/// <summary>
/// <c>textehr init</c>: registers the clinic (<c>clinic.json</c>), creates the database and the first
/// doctor. Refuses a folder that already has a clinic.
/// </summary>
internal sealed class InitCommand : Command
{
    private readonly CliContext _context;
    private readonly Option<string?> _data = CommonOptions.Data();
    private readonly Option<string?> _clinicName = CommonOptions.Text("--clinic-name", "医療機関名 (必須)", "NAME");
    private readonly Option<string?> _institutionCode = CommonOptions.Text("--institution-code", "医療機関コード 7桁 (必須)", "CODE");
    private readonly Option<string?> _prefecture = CommonOptions.Text("--prefecture", "都道府県番号 01〜47 (必須、東京都は 13)", "NN");
    private readonly Option<string?> _postal = CommonOptions.Text("--postal", "郵便番号", "NNN-NNNN");
    private readonly Option<string?> _address = CommonOptions.Text("--address", "所在地");
    private readonly Option<string?> _phone = CommonOptions.Text("--phone", "電話番号", "PHONE");
    private readonly Option<string?> _doctorName = CommonOptions.Text("--doctor-name", "医師の氏名 (必須)", "NAME");
    private readonly Option<string?> _doctorLogin = CommonOptions.Text("--doctor-login", "医師のログインID (必須、半角英数字)", "LOGIN");
    private readonly Option<string?> _password = CommonOptions.Text("--password", "医師のパスワード (8文字以上。履歴に残らない --password-stdin を勧めます)", "PASSWORD");
    private readonly Option<bool> _passwordStdin = new("--password-stdin") { Description = "パスワードを標準入力の1行目から読む" };

    public InitCommand(CliContext context)
        : base("init", "診療所を登録し、データベースと最初の医師を作る")
    {
        _context = context;
        Options.Add(_data);
        Options.Add(_clinicName);
        Options.Add(_institutionCode);
        Options.Add(_prefecture);
        Options.Add(_postal);
        Options.Add(_address);
        Options.Add(_phone);
        Options.Add(_doctorName);
        Options.Add(_doctorLogin);
        Options.Add(_password);
        Options.Add(_passwordStdin);
        SetAction(parsed => CommandRunner.Run(_context, "init", parsed.GetValue(_data), session => Execute(parsed, session)));
    }

    private int Execute(ParseResult parsed, CliSession session)
    {
        var input = Read(parsed);
        if (ClinicSetup.IsDone(session.Folder, session.Database.Users))
        {
            throw new CommandFailedException(CliMessages.AlreadyInitialised(session.Folder.Root));
        }

        var (_, doctor) = ClinicSetup.Register(session.Folder, session.Database.Users, input, _context.PasswordIterations, ClinicTime.Now(_context.Time));
        session.Log.Information("Clinic initialised with doctor {UserId}", doctor.Id);
        session.Out.WriteLine(CliMessages.Initialised(input.Profile.Name, session.Folder.Root));
        session.Out.WriteLine(CliMessages.DoctorRegistered(doctor.DisplayName, doctor.Login));
        return ExitCodes.Ok;
    }

    private ClinicSetupInput Read(ParseResult parsed)
    {
        var errors = new InputErrors();
        var name = Required(errors, Fields.ClinicName, parsed.GetValue(_clinicName), t => ClinicInput.ParseRequiredText(t, "\"やまだ内科クリニック\""), "\"やまだ内科クリニック\"");
        var code = Required(errors, Fields.InstitutionCode, parsed.GetValue(_institutionCode), ClinicInput.ParseInstitutionCode, "1234567");
        var prefecture = Required(errors, Fields.Prefecture, parsed.GetValue(_prefecture), ClinicInput.ParsePrefecture, "13");
        var postal = errors.Optional(Fields.ClinicPostalCode, parsed.GetValue(_postal), PostalCodeInput.Parse);
        var phone = errors.Optional(Fields.ClinicPhone, parsed.GetValue(_phone), PhoneInput.Parse);
        var doctorName = Required(errors, Fields.DoctorName, parsed.GetValue(_doctorName), t => ClinicInput.ParseRequiredText(t, "\"山田 一郎\""), "\"山田 一郎\"");
        var login = Required(errors, Fields.DoctorLogin, parsed.GetValue(_doctorLogin), ClinicInput.ParseLogin, "yamada");
        var password = ReadPassword(parsed, errors);
        errors.ThrowIfAny();
        var profile = new ClinicProfile
        {
            Name = name!,
            InstitutionCode = code!,
            Prefecture = prefecture!,
            PostalCode = postal ?? string.Empty,
            Address = parsed.GetValue(_address)?.Trim() ?? string.Empty,
            Phone = phone ?? string.Empty,
        };
        return new ClinicSetupInput(profile, doctorName!, login!, password!);
    }

    private string? ReadPassword(ParseResult parsed, InputErrors errors)
    {
        var typed = parsed.GetValue(_password);
        var fromStdin = parsed.GetValue(_passwordStdin);
        if (typed is not null && fromStdin)
        {
            errors.Add(Fields.Password, InputMessages.PasswordTwice);
            return null;
        }

        if (fromStdin)
        {
            var line = _context.In.ReadLine();
            if (string.IsNullOrEmpty(line))
            {
                errors.Add(Fields.Password, InputMessages.PasswordStdinEmpty);
                return null;
            }

            typed = line;
        }

        return Required(errors, Fields.Password, typed, ClinicInput.ParsePassword, "--password-stdin");
    }

    private static string? Required(InputErrors errors, string field, string? text, Func<string, Domain.Validation.ParseResult<string>> parse, string example)
    {
        if (text is null)
        {
            errors.Add(field, InputMessages.Required(example));
            return null;
        }

        return errors.Optional(field, text, parse);
    }
}
