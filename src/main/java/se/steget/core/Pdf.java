package se.steget.core;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Turns a page rendered from a template (well-formed XHTML) into a PDF for printing.
 */
public final class Pdf {

	/**
	 * The font the print templates name: it covers every Latin, Greek and Cyrillic name.
	 */
	public static final String FONT = "DejaVu Sans";

	private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

	private Pdf() {
	}

	private static InputStream font(String file) {
		return Pdf.class.getResourceAsStream(FONTS + file);
	}

	public static byte[] fromXhtml(String xhtml) {
		var out = new ByteArrayOutputStream();
		try {
			var builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
