package se.steget.casework;

import java.io.IOException;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.steget.access.CurrentUser;
import se.steget.core.RejectedInputException;
import se.steget.participant.ParticipantManagement;

/**
 * The files kept on a participant: list, upload, download and delete.
 */
@Controller
@RequestMapping("/participants/{id}/documents")
class DocumentController {

	private final DocumentManagement documents;

	private final ParticipantManagement participants;

	private final CurrentUser currentUser;

	DocumentController(DocumentManagement documents, ParticipantManagement participants, CurrentUser currentUser) {
		this.documents = documents;
		this.participants = participants;
		this.currentUser = currentUser;
	}

	@GetMapping
	String list(@PathVariable UUID id, Model model) {
		return page(model, id, null);
	}

	@PostMapping
	String upload(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		try {
			this.documents.upload(id, (file != null) ? file.getOriginalFilename() : null,
					(file != null) ? file.getBytes() : new byte[0], this.currentUser.scopeForPeople());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/participants/" + id + "/documents";
		}
		catch (RejectedInputException ex) {
			return page(model, id, ex);
		}
	}

	@GetMapping("/{documentId}")
	ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID documentId) {
		var file = this.documents.download(id, documentId, this.currentUser.scopeForPeople());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(file.content());
	}

	@PostMapping("/{documentId}/delete")
	String delete(@PathVariable UUID id, @PathVariable UUID documentId, RedirectAttributes redirect) {
		this.documents.delete(id, documentId, this.currentUser.scopeForPeople());
		redirect.addFlashAttribute("saved", true);
		return "redirect:/participants/" + id + "/documents";
	}

	private String page(Model model, UUID id, RejectedInputException error) {
		var scope = this.currentUser.scopeForPeople();
		model.addAttribute("participant", this.participants.get(id, scope));
		model.addAttribute("documents", this.documents.ofParticipant(id, scope));
		model.addAttribute("fileError", error);
		model.addAttribute("maxMegabytes", DocumentManagement.MAX_BYTES / (1024 * 1024));
		model.addAttribute("types", String.join(", ", new java.util.TreeSet<>(DocumentManagement.TYPES.keySet())));
		return "documents/list";
	}

}
