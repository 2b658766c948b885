package se.steget.project;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.steget.access.AccessScope;
import se.steget.core.BirthRegion;
import se.steget.core.EducationLevel;
import se.steget.core.Gender;
import se.steget.core.RejectedInputException;
import se.steget.project.ProjectTemplate.TemplateTrack;

/**
 * The five seed projects as ready models (intake steps, tracks and their time rules), and
 * the creation of a project from one of them in one transaction.
 */
@Service
public class ProjectTemplates {

	private static final List<ProjectTemplate> TEMPLATES = List.of(jobbkontakten(), opis(), jobGuarantee(), jobbfokus(),
			creaDiem());

	private final ProjectManagement projects;

	private final Tracks tracks;

	private final IntakeManagement intake;

	private final PriorityGroupManagement groups;

	private final ScaleManagement scales;

	ProjectTemplates(ProjectManagement projects, Tracks tracks, IntakeManagement intake, PriorityGroupManagement groups,
			ScaleManagement scales) {
		this.scales = scales;
		this.groups = groups;
		this.projects = projects;
		this.tracks = tracks;
		this.intake = intake;
	}

	public List<ProjectTemplate> all() {
		return TEMPLATES;
	}

	public Optional<ProjectTemplate> find(String key) {
		return TEMPLATES.stream().filter((t) -> t.key().equals(key)).findFirst();
	}

	/**
	 * Creates the project and, when the form names a template, copies the template's
	 * tracks.
	 */
	@Transactional
	public UUID create(ProjectForm form, AccessScope scope) {
		ProjectTemplate template = null;
		if (form.getTemplateKey() != null && !form.getTemplateKey().isBlank()) {
			template = find(form.getTemplateKey())
				.orElseThrow(() -> new RejectedInputException("templateKey", "error.unknownTemplate"));
		}
		ProjectDetails details = form.details();
		if (template != null) {
			details = details.withRules(new ProjectRules(template.warningDays(), template.pausesStopCounters(),
					details.rules().contactNormDays(), details.rules().retentionMonths()));
		}
		UUID projectId = this.projects.create(form, details, scope);
		if (template != null) {
			this.intake.copy(projectId, template.intakeSteps());
			this.groups.copy(projectId, template.priorityGroups());
			this.scales.copy(projectId, template.scales());
			copyTracks(projectId, template);
		}
		return projectId;
	}

	private void copyTracks(UUID projectId, ProjectTemplate template) {
		Map<String, UUID> ids = new HashMap<>();
		int position = 1;
		for (TemplateTrack t : template.tracks()) {
			var form = new TrackForm(t.name(), t.description(), t.maxDays(), t.minDaysBeforeEntry(), t.firstTrack());
			ids.put(t.name(), this.tracks.save(Track.add(projectId, position++, form.details())).getId());
		}
		for (TemplateTrack t : template.tracks()) {
			Track track = this.tracks.findById(ids.get(t.name())).orElseThrow();
			var form = new TrackForm(t.name(), t.description(), t.maxDays(), t.minDaysBeforeEntry(), t.firstTrack());
			form.setNextTrackIds(t.next().stream().map(ids::get).toList());
			track.update(form.details());
			this.tracks.save(track);
		}
	}

	private static PriorityGroupForm group(String name, Gender gender, Integer minAge, BirthRegion birthRegion,
			EducationLevel education, Boolean disability) {
		var form = new PriorityGroupForm(name, gender, minAge, birthRegion);
		form.setEducationLevel(education);
		form.setDisability(disability);
		return form;
	}

	private static TemplateTrack track(String name, String description, Integer maxDays, Integer minDays, boolean first,
			String... next) {
		return new TemplateTrack(name, description, maxDays, minDays, first, List.of(next));
	}

	private static ProjectTemplate jobbkontakten() {
		return new ProjectTemplate("jobbkontakten", "Jobbkontakten", 14, true,
				List.of("Informationsträff", "Intervju", "Beslut om inskrivning"),
				List.of(track("Kartläggning", "Coachen kartlägger med stöd av utredningsteamet vid behov.", 60, null,
						true, "Validering", "Jobbinriktat arbete"),
						track("Validering", "Befintlig kompetens valideras.", null, null, false, "Jobbinriktat arbete"),
						track("Jobbinriktat arbete",
								"Nästan daglig kontakt, arbetsgivarkontakter och sökandeinriktad ackvirering.", null,
								null, false, "Validering")),
				List.of(group("Invandrarbakgrund", null, null, BirthRegion.OUTSIDE_EUROPE, null, null),
						group("Funktionsnedsättning", null, null, null, null, true),
						group("Bristfällig skolunderbyggnad", null, null, null, EducationLevel.PRE_UPPER_SECONDARY,
								null)),
				List.of(new ScaleForm("Avstånd till arbetsmarknaden",
						"1 = redo för arbete, 10 = mycket långt från arbetsmarknaden.", 1, 10, false)));
	}

	private static ProjectTemplate opis() {
		return new ProjectTemplate("opis", "OPIS", 14, true,
				List.of("Informationsträff", "Gemensamt planeringssamtal", "Beslut om inskrivning"),
				List.of(track("Samordnad start",
						"Arbetsförmedlare och kommunal koordinator planerar tillsammans från dag ett.", 30, null, true,
						"Matchning och insatser"),
						track("Matchning och insatser",
								"Heltidsdeltagande med matchning mot arbete, i genomsnitt sex månader.", 180, null,
								false)),
				List.of(group("Utomeuropeiskt födda kvinnor 25 år och äldre", Gender.WOMAN, 25,
						BirthRegion.OUTSIDE_EUROPE, null, null)),
				List.of(new ScaleForm("Svenska (språksteg)", "Språkstegen 1-6, från inga kunskaper till flytande.", 1,
						6, true),
						new ScaleForm("Avstånd till arbetsmarknaden",
								"1 = redo för arbete, 10 = mycket långt från arbetsmarknaden.", 1, 10, false)));
	}

	private static ProjectTemplate jobGuarantee() {
		return new ProjectTemplate("jobb-och-utvecklingsgarantin", "Jobb- och utvecklingsgarantin", 14, true,
				List.of("Anvisning"),
				List.of(track("Fas 1", "Kartläggning och jobbsökande med coachning, högst 150 dagar.", 150, null, true,
						"Fas 2"),
						track("Fas 2", "Arbetspraktik och arbetsträning med uppföljande kontakter.", null, null, false,
								"Fas 3"),
						track("Fas 3", "Varaktig samhällsnyttig sysselsättning, tidigast efter 450 dagar.", null, 450,
								false)),
				List.of(), List.of(new ScaleForm("Avstånd till arbetsmarknaden",
						"1 = redo för arbete, 10 = mycket långt från arbetsmarknaden.", 1, 10, false)));
	}

	private static ProjectTemplate jobbfokus() {
		String[] rooms = { "Rum 1", "Rum 2", "Rum 3" };
		return new ProjectTemplate("jobbfokus", "Jobbfokus Närke-Värmland", 14, true,
				List.of("Informationsträff", "Intervju", "Djupintervju", "Beslut om inskrivning"),
				List.of(track(rooms[0], "Omfattande stöd och lägre arbetstempo.", null, null, true, rooms[1], rooms[2]),
						track(rooms[1], "Jobbredo: coachning och matchning mot arbete.", null, null, true, rooms[0],
								rooms[2]),
						track(rooms[2], "Direktmatchning eller omgående arbetsprövning.", null, null, true, rooms[0],
								rooms[1])),
				List.of(),
				List.of(new ScaleForm("Avstånd till arbetsmarknaden",
						"1 = redo för arbete, 10 = mycket långt från arbetsmarknaden.", 1, 10, false),
						new ScaleForm("Arbetsförmåga", "Andel av heltid som deltagaren bedöms klara, i procent.", 0,
								100, true)));
	}

	private static ProjectTemplate creaDiem() {
		return new ProjectTemplate("creadiem", "CreaDiem", 14, true,
				List.of("Informationsträff", "Intervju", "Beslut om inskrivning"),
				List.of(track("Handlingsplan", "Deltagarens handlingsplan tas fram och matchas mot en arbetsgivare.",
						60, null, true, "Matchning mot arbetsgivare"),
						track("Matchning mot arbetsgivare", "Säljsamtal och kontakter med arbetsgivare.", null, null,
								false, "Erfarenhetsutbyte", "Socialt företagande"),
						track("Erfarenhetsutbyte", "Transnationellt utbyte i Baltikum, Norge eller Danmark.", null,
								null, false, "Matchning mot arbetsgivare"),
						track("Socialt företagande", "Inspiration och stöd till start av sociala företag.", null, null,
								false, "Matchning mot arbetsgivare")),
				List.of(), List.of(new ScaleForm("Avstånd till arbetsmarknaden",
						"1 = redo för arbete, 10 = mycket långt från arbetsmarknaden.", 1, 10, false)));
	}

}
