package se.steget.casework;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import se.steget.TestData;
import se.steget.access.Role;
import se.steget.core.Gender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class DocumentIntegrationTests {

	private static final byte[] PDF = "%PDF-1.4 signerat intyg".getBytes(java.nio.charset.StandardCharsets.UTF_8);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DocumentManagement documents;

	@Autowired
	private TestData data;

	private UUID coach;

	private UUID participant;

	@BeforeEach
	void aParticipant() {
		this.coach = this.data.user(Role.STAFF);
		this.participant = this.data.participant(this.coach, Gender.WOMAN);
	}

	@Test
	void keepsDownloadsAndDeletesAFile() throws Exception {
		upload("intyg.pdf", PDF).andExpect(redirectedUrl("/participants/" + this.participant + "/documents"));
		DocumentView kept = this.documents.ofParticipant(this.participant, this.data.scope(this.coach)).get(0);
		assertThat(kept.fileName()).isEqualTo("intyg.pdf");
		assertThat(kept.sizeBytes()).isEqualTo(PDF.length);

		this.mvc
			.perform(get("/participants/" + this.participant + "/documents/" + kept.id())
				.with(user(this.data.login(this.coach))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().bytes(PDF));
		this.mvc
			.perform(post("/participants/" + this.participant + "/documents/" + kept.id() + "/delete")
				.with(user(this.data.login(this.coach)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.documents.ofParticipant(this.participant, this.data.scope(this.coach))).isEmpty();
	}

	@Test
	void refusesAFileOverTheLimitOrOfAForbiddenTypeAndKeepsNothing() throws Exception {
		upload("stor.pdf", new byte[10 * 1024 * 1024 + 1]).andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"file-error\""), containsString("Filen är för stor: högst 10 MB."))));
		upload("program.exe", new byte[] { 77, 90 }).andExpect(status().isOk())
			.andExpect(content().string(containsString("Den filtypen går inte att spara här.")));
		assertThat(this.documents.ofParticipant(this.participant, this.data.scope(this.coach))).isEmpty();
	}

	@Test
	void keepsFilesFromThoseWhoDoNotSeeTheParticipant() throws Exception {
		upload("cv.docx", new byte[] { 80, 75 }).andExpect(status().is3xxRedirection());
		UUID kept = this.documents.ofParticipant(this.participant, this.data.scope(this.coach)).get(0).id();
		UUID stranger = this.data.user(Role.STAFF);
		this.mvc
			.perform(get("/participants/" + this.participant + "/documents/" + kept)
				.with(user(this.data.login(stranger))))
			.andExpect(status().isNotFound());
	}

	private ResultActions upload(String name, byte[] content) throws Exception {
		return this.mvc.perform(multipart("/participants/" + this.participant + "/documents")
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.with(user(this.data.login(this.coach)))
			.with(csrf()));
	}

}
