package se.steget.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.steget.access.AccessScope;
import se.steget.core.NotFoundException;
import se.steget.core.PersonalData;
import se.steget.participant.ParticipantManagement;

/**
 * Everything Steget holds about one person, for a request of access (a register extract):
 * each module that holds personal data describes its own part, through
 * {@link PersonalData}.
 */
@Service
@Transactional(readOnly = true)
class SubjectAccessExport {

	private final ParticipantManagement participants;

	private final ObjectProvider<PersonalData> modules;

	SubjectAccessExport(ParticipantManagement participants, ObjectProvider<PersonalData> modules) {
		this.participants = participants;
		this.modules = modules;
	}

	/** Whether the extract shows a protected identity, and so asks for a reason. */
	public boolean needsReason(UUID participantId, AccessScope scope) {
		if (!scope.canManageProjects()) {
			throw new NotFoundException("Participant");
		}
		return this.participants.get(participantId, scope).protectedIdentity();
	}

	/** The extract, for a project manager or administrator who may see the person. */
	public Map<String, List<Map<String, Object>>> of(UUID participantId, AccessScope scope) {
		if (!scope.canManageProjects()) {
			throw new NotFoundException("Participant");
		}
		this.participants.get(participantId, scope);
		Map<String, List<Map<String, Object>>> extract = new LinkedHashMap<>();
		this.modules.orderedStream().forEach((module) -> extract.putAll(module.describe(participantId)));
		return extract;
	}

}
