package uk.supervisiondesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DisplayPreferencesTest {
    @TempDir
    Path dir;

    @Test
    void savedPreferencesComeBackOnTheNextStart() throws Exception {
        DataFolder folder = new DataFolder(dir);
        new DisplayPreferences(150, true).save(folder);
        assertThat(DisplayPreferences.read(folder)).isEqualTo(new DisplayPreferences(150, true));
    }

    @Test
    void noFileOrADamagedOneMeansTheStandardLookAndNeverStopsTheApp() throws Exception {
        DataFolder folder = new DataFolder(dir);
        assertThat(DisplayPreferences.read(folder)).isEqualTo(DisplayPreferences.STANDARD);
        Files.write(folder.displayFile(), new byte[] {(byte) 0xff, 0, 'x', '=', '\\'});
        assertThat(DisplayPreferences.read(folder)).isEqualTo(DisplayPreferences.STANDARD);
        Files.writeString(folder.displayFile(), "text-size-percent=enormous\n");
        assertThat(DisplayPreferences.read(folder)).isEqualTo(DisplayPreferences.STANDARD);
    }

    @Test
    void sizesStepThroughTheOfferedListAndStopAtEachEnd() {
        DisplayPreferences p = DisplayPreferences.STANDARD.smaller();
        assertThat(p.textSizePercent()).isEqualTo(100);
        for (int i = 0; i < 10; i++) {
            p = p.larger();
        }
        assertThat(p.textSizePercent()).isEqualTo(200);
        assertThat(p.smaller().textSizePercent()).isEqualTo(175);
        assertThat(new DisplayPreferences(137, false).textSizePercent())
                .as("a size the app does not offer falls back to standard").isEqualTo(100);
    }
}
