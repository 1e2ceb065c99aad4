/**
 * The API's answers and bodies under the names the console's screens use. Every type comes from openapi.gen.ts,
 * which `npm run openapi` generates from the contract (docs/openapi.json): nothing here restates a field, so a change
 * to the API that a screen does not follow fails the console's type check.
 */
import type { components } from './openapi.gen';

type Schemas = components['schemas'];
/** Any schema of the contract by its name, for the screens that need one not named below. */
export type Schema<Name extends keyof Schemas> = Schemas[Name];

// 整改项 (items) and the ledger
export type LedgerEntry = Schemas['LedgerEntryDto'];
export type ItemDetail = Schemas['ItemDetailDto'];
export type Item = Schemas['ItemDto'];
export type Light = LedgerEntry['light'];
export type ItemStatus = LedgerEntry['status'];
export type Severity = LedgerEntry['severity'];
export type ItemAction = ItemDetail['allowedActions'][number];
export type Milestone = Schemas['MilestoneDto'];
export type TimelineEvent = Schemas['TimelineEventDto'];
export type LedgerPage = Schemas['LedgerPageDto'];
export type LedgerCounts = Schemas['LedgerCountsDto'];
export type ItemList = Schemas['ItemListDto'];
/** What a list row shows of an item: the fields a ledger entry and an item (GET /items) share. */
export type ItemSummary = Pick<
  LedgerEntry,
  'id' | 'title' | 'light' | 'status' | 'responsibleUnitName' | 'escalationLevel' | 'deadline' | 'milestones'
>;
export type StoredFile = Schemas['FileDto'];
export type StoredFileList = Schemas['FileListDto'];

// 消息 and the 督办 board
export type Inbox = Schemas['InboxPageDto'];
export type InboxEntry = Schemas['InboxEntryDto'];
export type Board = Schemas['CommitteeBoardDto'];
export type BoardItem = Schemas['BoardItemDto'];
export type BoardItemsPage = Schemas['BoardItemsPageDto'];

// Who is signed in
export type Me = Schemas['MeDto'];
export type Role = Schemas['MeRoleDto']['role'];
export type Permission = Me['permissions'][number];
export type SignInMethods = Schemas['SignInMethodsDto'];
export type SignedIn = Schemas['SignedInDto'];
export type ActivationPreview = Schemas['ActivationPreviewDto'];

// Organisation (组织) and people
export type Unit = Schemas['UnitDto'];
export type UnitKind = Unit['kind'];
export type UnitTree = Schemas['UnitTreeDto'];
export type UnitList = Schemas['UnitListDto'];
export type Region = Schemas['RegionDto'];
export type RegionList = Schemas['RegionListDto'];
/** A unit by id and name, as a region names its lead unit (its members say more). */
export type Named = Schemas['RegionLeadUnitDto'];
export type Person = Schemas['PersonDto'];
export type PersonList = Schemas['PersonListDto'];
export type RoleAssignment = Schemas['RoleAssignmentDto'];
export type Invitation = Schemas['InvitationDto'];
export type EndedSessions = Schemas['EndedSessionsDto'];

// Policies (整改规则) and the calendar
export type ItemPolicy = Schemas['ItemPolicyDto'];
export type PolicyVersion = Schemas['PolicySetVersionDto'];
export type PolicyVersionList = Schemas['PolicySetVersionListDto'];
export type RebaseResult = Schemas['RebaseResultDto'];
export type CalendarOverride = Schemas['CalendarOverrideViewDto'];
export type CalendarOverrideList = Schemas['CalendarOverrideViewListDto'];

// Group robots, deliveries (dead letters) and the audit log
export type RobotChannel = Schemas['RobotChannelViewDto'];
export type RobotChannelList = Schemas['RobotChannelViewListDto'];
export type RobotChannelInput = Schemas['RobotChannelDto'];
export type RobotTestResult = Schemas['RobotTestResultDto'];
export type MessageKind = RobotChannel['kinds'][number];
export type Delivery = Schemas['DeliveryDto'];
export type DeliveryList = Schemas['DeliveryListDto'];
export type AuditEntry = Schemas['AuditEntryDto'];
export type AuditEntryList = Schemas['AuditEntryListDto'];
export type ErrorCode = Schemas['ErrorCode'];

// 互检 programmes and cycles
export type Programme = Schemas['ProgrammeDto'];
export type ProgrammeList = Schemas['ProgrammeListDto'];
export type TriggerResult = Schemas['TriggerResultDto'];
export type Cycle = Schemas['CycleDto'];
export type CycleList = Schemas['CycleListDto'];
export type CycleDetail = Schemas['CycleDetailDto'];
export type CyclePhase = Cycle['phase'];
export type ProgrammeDefaults = Schemas['ProgrammeDefaultsDto'];
export type Criterion = Schemas['CriterionDto'];
export type PhaseWindows = Schemas['PhaseWindowsDto'];
export type PhaseName = keyof PhaseWindows;
export type DayKind = Schemas['PhaseOffsetDto']['dayKind'];
export type Submission = Schemas['SubmissionViewDto'];
export type CycleReport = Schemas['CycleReportDto'];
/** A finding as the self-check and inspection forms send it (findings[] of their bodies). */
export type FindingInput = Schemas['FindingDto'];

// Settings
export type Preferences = Schemas['PreferencesViewDto'];
export type PreferencesInput = Schemas['PreferencesDto'];
export type PersonChannel = Preferences['channels'][string][number];

// 积分评星: score cards, 记实 records, the annual star rating and the indicator sets (考核细则)
export type ScoreCard = Schemas['ScoreCardDto'];
export type PeriodScore = Schemas['PeriodScoreDto'];
export type ScoreLine = Schemas['ScoreLineDto'];
export type EvaluationRecord = Schemas['EvaluationRecordDto'];
export type EvaluationRecordList = Schemas['EvaluationRecordListDto'];
export type RecordStatus = EvaluationRecord['status'];
export type Rating = Schemas['RatingDto'];
export type RatingList = Schemas['RatingListDto'];
export type RatingDetail = Schemas['RatingDetailDto'];
export type RatingPhase = Rating['phase'];
export type RatedUnit = Schemas['RatedUnitDto'];
export type Objection = Schemas['ObjectionDto'];
export type RatingChange = Schemas['RatingChangeDto'];
export type IndicatorSet = Schemas['IndicatorSetDto'];
export type IndicatorSetList = Schemas['IndicatorSetListDto'];
export type IndicatorSetInput = Schemas['IndicatorSetInputDto'];
export type Indicator = Schemas['IndicatorDto'];
export type IndicatorSource = Indicator['source'];
export type SourceKind = IndicatorSource['kind'];
export type RectificationOutcome = NonNullable<IndicatorSource['outcome']>;
export type StarRatingRule = Schemas['StarRatingRuleDto'];
export type RatingBand = StarRatingRule['bands'][number];
export type QuarterScore = Schemas['QuarterScoreDto'];
export type QuarterReview = Schemas['QuarterReviewDto'];
export type RegionRanking = Schemas['RegionRankingDto'];
export type RankingRow = Schemas['RankingRowDto'];
export type RegionComparison = Schemas['RegionComparisonDto'];
