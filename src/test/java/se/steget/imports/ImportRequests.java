package se.steget.imports;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.steget.TestData;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An import through the API as a test drives it: upload a file into a project, check it,
 * import it, undo it, each answered with the job once its run has ended.
 */
record ImportRequests(MockMvc mvc, TestData data, JdbcClient jdbc) {

	/** Uploads the file as a job of the kind in the project; answers the job's id. */
	String upload(UUID who, String kind, UUID project, String file) throws Exception {
		String body = this.mvc
			.perform(multipart("/api/v1/imports")
				.file(new MockMultipartFile("file", "fil.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8)))
				.param("kind", kind)
				.param("projectId", project.toString())
				.with(basic(who)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	/** Checks the job and, once the check has run, answers with the job. */
	ResultActions check(UUID who, String id) throws Exception {
		return settled(who, id, this.mvc.perform(post("/api/v1/imports/{id}/check", id).with(basic(who))));
	}

	/** Imports the job and, once the import has run, answers with the job. */
	ResultActions commit(UUID who, String id, boolean goodRowsOnly) throws Exception {
		return settled(who, id,
				this.mvc
					.perform(post("/api/v1/imports/{id}/commit", id).param("goodRowsOnly", String.valueOf(goodRowsOnly))
						.with(basic(who))));
	}

	/** Undoes the import at the version the job is at now. */
	ResultActions undo(UUID who, String id) throws Exception {
		String version = this.mvc.perform(get("/api/v1/imports/{id}", id).with(basic(who)))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		return this.mvc.perform(post("/api/v1/imports/{id}/undo", id).header("If-Match", version).with(basic(who)));
	}

	RequestPostProcessor basic(UUID who) {
		return httpBasic(this.data.username(who), TestData.PASSWORD);
	}

	private ResultActions settled(UUID who, String id, ResultActions started) throws Exception {
		if (started.andReturn().getResponse().getStatus() != 202) {
			return started;
		}
		Runs.settled(this.jdbc, UUID.fromString(id));
		return this.mvc.perform(get("/api/v1/imports/{id}", id).with(basic(who)));
	}

}
