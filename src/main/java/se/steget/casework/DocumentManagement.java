package se.steget.casework;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.steget.enrollment.EnrollmentView;
import se.steget.enrollment.EnrollmentManagement;
import se.steget.access.AccessScope;
import se.steget.core.NotFoundException;
import se.steget.core.StaleEditException;
import se.steget.core.RejectedInputException;
import se.steget.participant.ParticipantManagement;

/**
 * Files on a participant: certificates, CVs. Only some types, at most 10 MB, and never
 * stored apart from their record.
 */
@Service
@Transactional(readOnly = true)
public class DocumentManagement {

	static final long MAX_BYTES = 10L * 1024 * 1024;

	/**
	 * The file types that may be kept, by file name ending, with the content type they
	 * are served as.
	 */
	static final Map<String, String> TYPES = Map.of("pdf", "application/pdf", "jpg", "image/jpeg", "jpeg", "image/jpeg",
			"png", "image/png", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"odt", "application/vnd.oasis.opendocument.text", "txt", "text/plain");

	private final Documents documents;

	private final ParticipantManagement participants;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final EnrollmentManagement enrollments;

	DocumentManagement(Documents documents, ParticipantManagement participants, EnrollmentManagement enrollments,
			JdbcClient jdbc, Clock clock) {
		this.enrollments = enrollments;
		this.clock = clock;
		this.documents = documents;
		this.participants = participants;
		this.jdbc = jdbc;
	}

	public List<DocumentView> ofParticipant(UUID participantId, AccessScope scope) {
		this.participants.get(participantId, scope);
		Set<UUID> cases = readableCases(participantId, scope);
		return this.jdbc
			.sql("select d.id, d.file_name, d.content_type, d.size_bytes, d.uploaded_at,"
					+ " u.display_name as uploaded_by_name, d.version, d.enrollment_id from document d"
					+ " left join user_account u on u.id = d.uploaded_by where d.participant_id = ?"
					+ " order by d.uploaded_at desc")
			.param(participantId)
			.query(DocumentView.class)
			.list()
			.stream()
			.filter((d) -> d.enrollmentId() == null || cases.contains(d.enrollmentId()))
			.toList();
	}

	@Transactional
	public UUID upload(UUID participantId, String fileName, byte[] content, AccessScope scope) {
		this.participants.get(participantId, scope);
		String name = (fileName == null) ? "" : fileName.replaceAll("[\\\\/]", "_").strip();
		if (name.isEmpty() || content.length == 0) {
			throw new RejectedInputException("file", "error.noFile");
		}
		if (content.length > MAX_BYTES) {
			throw new RejectedInputException("file", "error.fileTooLarge", MAX_BYTES / (1024 * 1024));
		}
		String contentType = TYPES.get(ending(name));
		if (contentType == null) {
			throw new RejectedInputException("file", "error.fileType");
		}
		UUID enrollment = this.enrollments.ofParticipant(participantId, scope)
			.stream()
			.max(Comparator.comparing(EnrollmentView::startDate))
			.map(EnrollmentView::id)
			.orElse(null);
		return this.documents
			.save(Document.upload(participantId, enrollment, name, contentType, content, scope.userId(),
					this.clock.instant()))
			.getId();
	}

	/** The file to download, if the user may see its participant. */
	public Download download(UUID participantId, UUID documentId, AccessScope scope) {
		Document document = load(participantId, documentId, scope);
		return new Download(document.getFileName(), document.getContentType(), document.getContent());
	}

	@Transactional
	public void delete(UUID participantId, UUID documentId, AccessScope scope) {
		delete(participantId, documentId, null, scope);
	}

	/** Removes the document as of the version the user saw (null: whatever it is now). */
	@Transactional
	public void delete(UUID participantId, UUID documentId, Integer expectedVersion, AccessScope scope) {
		Document document = load(participantId, documentId, scope);
		StaleEditException.check(expectedVersion, document.getVersion());
		this.documents.delete(document);
	}

	private Document load(UUID participantId, UUID documentId, AccessScope scope) {
		this.participants.get(participantId, scope);
		return this.documents.findById(documentId)
			.filter((d) -> d.getParticipantId().equals(participantId))
			.filter((d) -> d.getEnrollmentId() == null
					|| readableCases(participantId, scope).contains(d.getEnrollmentId()))
			.orElseThrow(() -> new NotFoundException("Document"));
	}

	/**
	 * The person's cases the user reads, in one query: a document belongs to an
	 * enrollment and is read with that case; one of a person not enrolled anywhere is
	 * read by whoever reads the person.
	 */
	private Set<UUID> readableCases(UUID participantId, AccessScope scope) {
		return this.enrollments.ofParticipant(participantId, scope)
			.stream()
			.map(EnrollmentView::id)
			.collect(Collectors.toSet());
	}

	private static String ending(String name) {
		int dot = name.lastIndexOf('.');
		return (dot < 0) ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	/**
	 * A file's name, type and content.
	 */
	public record Download(String fileName, String contentType, byte[] content) {

	}

}
