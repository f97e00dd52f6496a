using TextEhr.App.Backup;
using TextEhr.App.Hosting;

namespace TextEhr.App.Tests.Backup;

public sealed class BackupDestinationFinderTests
{
    private const string Mounts = """
        /dev/sda1 / ext4 rw,relatime 0 0
        proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
        /dev/sdb1 /media/usb vfat rw,nosuid,nodev 0 0
        /dev/sdc1 /run/media/yamada/CLINIC\040USB exfat rw,nosuid,nodev 0 0
        /dev/sdd1 /mnt/backup ext4 rw 0 0
        /dev/sde1 /media/yamada/KIOXIA vfat rw 0 0
        tmpfs /run/user/1000 tmpfs rw 0 0
        """;

    [Fact]
    public void Linux_removable_mounts_are_those_under_media_and_run_media()
    {
        var found = RemovableDrives.FromMounts(Mounts);

        Assert.Equal(["/media/usb", "/run/media/yamada/CLINIC USB", "/media/yamada/KIOXIA"], found, StringComparer.Ordinal);
    }

    [Fact]
    public void Removable_drives_come_first_then_the_settings_folder_then_nothing()
    {
        var settings = new ClinicSettings { BackupFolder = "/srv/backup" };

        var withStick = BackupDestinationFinder.Find(settings, ["/media/usb"]);
        var withoutStick = BackupDestinationFinder.Find(settings, []);
        var nothing = BackupDestinationFinder.Find(new ClinicSettings(), []);

        Assert.Equal([new BackupDestination("/media/usb", BackupDestinationKind.Removable)], withStick);
        Assert.Equal([new BackupDestination("/srv/backup", BackupDestinationKind.Settings)], withoutStick);
        Assert.Empty(nothing);
    }

    [Theory]
    [InlineData("TextEhr-1234567-20250615-183000.ehrbk", true)]
    [InlineData("TextEhr-1234567-20250615-183000.ehrbk.partial", false)]
    [InlineData(".TextEhr-1234567-20250615-183000.ehrbk.partial", false)]
    [InlineData("textehr-1234567-20250615-183000.ehrbk", false)]
    [InlineData("TextEhr-1234567-20251315-183000.ehrbk", false)]
    [InlineData("写真.jpg", false)]
    public void Only_our_own_file_names_are_generations(string name, bool ours)
    {
        Assert.Equal(ours, BackupFileName.Parse(name) is not null);
    }

    [Fact]
    public void File_names_carry_the_clinic_code_and_japan_time()
    {
        var name = BackupFileName.For("1234567", new DateTimeOffset(2025, 6, 15, 9, 30, 0, TimeSpan.Zero));

        Assert.Equal("TextEhr-1234567-20250615-183000.ehrbk", name);
        Assert.Equal(new DateTimeOffset(2025, 6, 15, 18, 30, 0, TimeSpan.FromHours(9)), BackupFileName.Parse(name)!.Value.CreatedAt);
    }
}
