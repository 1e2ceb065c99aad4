// Generated from docs/openapi.json (sha256 1c767267ae2b8f54b9983d627600c437fa685e389916e0d67865931fc2816621) by `npm run openapi`; do not edit.
export interface paths {
  '/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AuditController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/activation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set your password with an activation or reset link, and be signed in */
    post: operations['AuthController_activate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/activation/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Whom an activation link is for (410 when expired, used or replaced) */
    post: operations['AuthController_preview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in with login and password: sets the session cookie (401 alike for every refusal) */
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign out: ends this session at once and drops the cookie */
    post: operations['AuthController_logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/methods': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How one may sign in here: password, and single sign-on when configured */
    get: operations['AuthController_methods'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change your own password (the current one required); your other sessions end */
    post: operations['AuthController_changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/board': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Committee board (督办): the first page of escalated overdue items (most overdue first), statistics, trend */
    get: operations['BoardController_board'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/board/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A further page of the committee board's escalated overdue items, keyset cursor */
    get: operations['BoardController_items'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/calendar/overrides': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PoliciesController_overrides'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/calendar/overrides/{date}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: operations['PoliciesController_putOverride'];
    post?: never;
    delete: operations['PoliciesController_deleteOverride'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cycles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CyclesController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cycles/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CyclesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cycles/{id}/inspections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 互检: your unit scores its assigned peer; each finding becomes a rectification item */
    post: operations['CyclesController_inspect'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cycles/{id}/meeting': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 例会: minutes and attendance (lead unit) */
    post: operations['CyclesController_meeting'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cycles/{id}/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Scores, ranking, findings and 对账 (上报/通报) */
    get: operations['CyclesController_report'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cycles/{id}/self-check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 自检: your unit scores itself and files its own findings */
    post: operations['CyclesController_selfCheck'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Deliveries with their attempts; state=dead is the dead-letter list */
    get: operations['DeliveriesController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/deliveries/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DeliveriesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/deliveries/{id}/replay': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a dead-lettered delivery again */
    post: operations['DeliveriesController_replay'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/diagnostics/probes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ProbesController_start'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/diagnostics/probes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ProbesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/evaluation-records': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['EvaluationController_records'];
    put?: never;
    /** 记实: your unit records that something happened; it counts once the lead unit confirms */
    post: operations['EvaluationController_addRecord'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/evaluation-records/{id}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The lead unit confirms a record or refuses it with a reason */
    post: operations['EvaluationController_decideRecord'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/evaluation/comparison': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The committee's comparison across regions: units, average points, stars, overdue items */
    get: operations['EvaluationController_comparison'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/evaluation/comparison/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The comparison as .xlsx: 汇总, then each region's ranking */
    get: operations['EvaluationController_comparisonExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/files': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Upload photos and documents (multipart, field "file"); the type is decided from the bytes
     * @description JPEG, PNG, WebP, HEIC/HEIF, PDF, DOCX, XLSX; 413 over the size or count limit, 415 naming the detected type, 400 for an empty file. All files of a request are stored, or none.
     */
    post: operations['FilesController_upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/files/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The original, byte for byte (images and PDF inline, others as attachment) */
    get: operations['FilesController_original'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/files/{id}/meta': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A file’s metadata (name, type, size, hash, size in pixels, capture time) */
    get: operations['FilesController_meta'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/files/{id}/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Display copy (≤ 1600 px, upright, no EXIF); a PDF as itself; otherwise a file icon */
    get: operations['FilesController_preview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/files/{id}/thumbnail': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Thumbnail (≤ 320 px, upright, no EXIF), or a file icon */
    get: operations['FilesController_thumbnail'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Postgres and Temporal up or down (503 when either is down) */
    get: operations['HealthController_health'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/details': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The same with where each was looked for and its error (system admins) */
    get: operations['HealthController_details'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/inbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your messages (newest first) and how many are unread */
    get: operations['InboxController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/inbox/{id}/acknowledge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 已阅: acknowledge a reminder, 催办 or 督办 */
    post: operations['InboxController_acknowledge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/inbox/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['InboxController_read'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/inbox/acknowledge/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 已阅 link from an e-mail: a Chinese confirmation page for a browser (changes nothing; its button POSTs) */
    get: operations['InboxController_ackLinkPage'];
    put?: never;
    /** 已阅 from the e-mail link: the confirmation page's button (no login; audited as its person) */
    post: operations['InboxController_acknowledgeByLink'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/indicator-sets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['EvaluationController_indicatorSets'];
    put?: never;
    /** A new 考核细则 version, applying from a month still to come */
    post: operations['EvaluationController_addIndicatorSet'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The ledger (台账) in your scope, filtered */
    get: operations['ItemsController_list'];
    put?: never;
    /** Assign a rectification item to a unit of your region (lead unit) */
    post: operations['ItemsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/items/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One item with milestones, timeline and the actions you may take */
    get: operations['ItemsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/items/{id}/acknowledgements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The 已阅 acknowledgements of an item's messages */
    get: operations['InboxController_itemAcknowledgements'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/items/{id}/cancellation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ItemsController_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/items/{id}/directives': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 督办意见: a committee directive, recorded on the timeline and sent to both units */
    post: operations['ItemsController_direct'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/items/{id}/dossier': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 一件一档: a zip of the one-page summary (xlsx, Chinese) and the original files, numbered in order */
    get: operations['ItemsController_dossier'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/items/{id}/evidence': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ItemsController_submitEvidence'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/items/{id}/extension-decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ItemsController_decideExtension'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/items/{id}/extension-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ItemsController_requestExtension'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/items/{id}/plan': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ItemsController_submitPlan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/items/{id}/progress': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ItemsController_reportProgress'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/items/{id}/reassignment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ItemsController_reassign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/items/{id}/verification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ItemsController_verify'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ledger': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One page of the ledger view (总台账/分台账/明细账), keyset cursor */
    get: operations['LedgerController_page'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ledger/counts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Counts of the view per light (红黄绿灯) and per responsible unit */
    get: operations['LedgerController_counts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ledger/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The whole view as .xlsx, streamed (master ledger: one sheet per unit) */
    get: operations['LedgerController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** You: person, roles with units, permissions, unread count, the session and its CSRF token */
    get: operations['AuthController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notification-preferences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your channels per kind, quiet hours and language */
    get: operations['NotificationSettingsController_preferences'];
    put: operations['NotificationSettingsController_savePreferences'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notifications/{id}/readers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who has (not yet) read and acknowledged a message you sent or oversee */
    get: operations['InboxController_readers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/obligation-records/{recordId}/sharing': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Keep a record off the region feed (with a reason), or share it again */
    post: operations['ObligationFeedController_sharing'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/obligation-types': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every obligation type with its newest version */
    get: operations['ObligationTypesController_list'];
    put?: never;
    /** A new obligation type and its Schedule; unset fields take seed 000’s defaults */
    post: operations['ObligationTypesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/obligation-types/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One type with every version and the first day each governs */
    get: operations['ObligationTypesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a type: a new version, governing from the next period (never a past or open one) */
    patch: operations['ObligationTypesController_update'];
    trace?: never;
  };
  '/obligation-types/{id}/trigger': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Open the current period's obligations now (each at most once) */
    post: operations['ObligationTypesController_trigger'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/obligation-types/defaults': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Install seed 000's six types (支委会, 党员大会, 党课, 中心组学习, 民主评议党员, 职工思想状况调查) if missing */
    post: operations['ObligationTypesController_defaults'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/obligations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 总台账 / 分台账: every unit × type × period in your scope (on time, late, missed) */
    get: operations['ObligationsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/obligations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One obligation: its dates, records (with files), timeline and your allowed actions */
    get: operations['ObligationsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/obligations/{id}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The lead unit confirms the record, or sends it back (退回) with a reason */
    post: operations['ObligationsController_decide'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/obligations/{id}/records': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 记实: the unit's record (date, attendees, minutes, files as the type requires) */
    post: operations['ObligationsController_record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/obligations/attendance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 明细账: the recorded meetings a person attended (default: you) */
    get: operations['ObligationsController_attendance'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/obligations/counts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The view counted per light, per outcome and per unit */
    get: operations['ObligationsController_counts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/obligations/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The view as .xlsx (总台账: a summary and a sheet per unit; 分台账: one sheet) */
    get: operations['ObligationsController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/people': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PeopleController_list'];
    put?: never;
    post: operations['PeopleController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/people/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PeopleController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['PeopleController_update'];
    trace?: never;
  };
  '/people/{id}/invitation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Invite a person to sign in, or reset their password: a one-time link (72 h), e-mailed when possible */
    post: operations['AuthController_invite'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/people/{id}/roles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['PeopleController_grant'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/people/{id}/roles/{assignmentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations['PeopleController_revoke'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/people/{id}/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** End every session of a person at once (a lost phone); their tokens are not touched */
    delete: operations['AuthController_endSessions'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/policies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PoliciesController_list'];
    put?: never;
    post: operations['PoliciesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/policies/{version}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PoliciesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/policies/{version}/rebase': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['PoliciesController_rebase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/programmes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Programmes in your scope */
    get: operations['ProgrammesController_list'];
    put?: never;
    /** Create a region's inspection programme and its Schedule (lead unit) */
    post: operations['ProgrammesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/programmes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One programme with its Schedule: paused, next fire times, recent actions */
    get: operations['ProgrammesController_get'];
    put?: never;
    post?: never;
    /** Delete a programme that has no cycles, with its Schedule */
    delete: operations['ProgrammesController_remove'];
    options?: never;
    head?: never;
    /** Change a programme; takes effect from the next cycle */
    patch: operations['ProgrammesController_update'];
    trace?: never;
  };
  '/programmes/{id}/pause': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ProgrammesController_pause'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/programmes/{id}/resume': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ProgrammesController_resume'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/programmes/{id}/trigger': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start the current period's cycle now (at most one cycle per period) */
    post: operations['ProgrammesController_trigger'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/programmes/defaults': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What a new programme gets for each field left out (the console's form starts from it) */
    get: operations['ProgrammesController_defaults'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ratings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['EvaluationController_ratings'];
    put?: never;
    /** 一年一评比: the lead unit starts its region's rating of a year */
    post: operations['EvaluationController_start'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ratings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['EvaluationController_rating'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ratings/{id}/adjustments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The lead unit changes a unit's points before 公示, with a reason */
    post: operations['EvaluationController_adjust'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ratings/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The committee approves: final, reported up (上报) and published */
    post: operations['EvaluationController_approve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ratings/{id}/objections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 异议: a rated unit objects during 公示 */
    post: operations['EvaluationController_object'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ratings/{id}/objections/{objectionId}/answer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The lead unit answers an objection: upheld (with a correction) or dismissed */
    post: operations['EvaluationController_answer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ratings/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 公示: publish to every unit of the region for the notice period */
    post: operations['EvaluationController_publish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ratings/{id}/revisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A correction after final (更正): a new recorded revision with its reason */
    post: operations['EvaluationController_revise'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/regions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['RegionsController_list'];
    put?: never;
    post: operations['RegionsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/regions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['RegionsController_get'];
    put?: never;
    post?: never;
    delete: operations['RegionsController_remove'];
    options?: never;
    head?: never;
    patch: operations['RegionsController_update'];
    trace?: never;
  };
  '/regions/{regionId}/feed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 晒: the region's confirmed records and closed items, newest first (member units read it) */
    get: operations['ObligationFeedController_feed'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/regions/{regionId}/ranking': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The region's ranking of a month, quarter or year, with the change against the one before */
    get: operations['EvaluationController_ranking'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/regions/{regionId}/ranking/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The region's ranking as .xlsx */
    get: operations['EvaluationController_rankingExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['TokensController_list'];
    put?: never;
    post: operations['TokensController_issue'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tokens/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations['TokensController_revoke'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/units': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['UnitsController_list'];
    put?: never;
    post: operations['UnitsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/units/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['UnitsController_get'];
    put?: never;
    post?: never;
    delete: operations['UnitsController_remove'];
    options?: never;
    head?: never;
    patch: operations['UnitsController_update'];
    trace?: never;
  };
  '/units/{id}/quarter-reviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every 点评 of a unit's quarters of a year, newest first within a quarter */
    get: operations['EvaluationController_quarterReviews'];
    put?: never;
    /** 一季一评议: the lead unit's comment (点评) on a unit's quarter; a rewrite keeps the old */
    post: operations['EvaluationController_reviewQuarter'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/units/{id}/score-card': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A unit's score card: this month, quarter and year line by line, 点评, the 12-month trend (一月一评价) */
    get: operations['EvaluationController_scoreCard'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/units/{id}/score-card/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The score card as .xlsx (概要, 积分明细, 近12个月, 季度点评) */
    get: operations['EvaluationController_scoreCardExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/units/{id}/tree': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['UnitsController_tree'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/units/{unitId}/notification-channels': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['NotificationSettingsController_listRobots'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/units/{unitId}/notification-channels/{channel}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Configure the unit's WeCom / DingTalk / Feishu group robot (checked when saved) */
    put: operations['NotificationSettingsController_saveRobot'];
    post?: never;
    delete: operations['NotificationSettingsController_removeRobot'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/units/{unitId}/notification-channels/{channel}/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 测试发送: one message to the robot now; answers whether the group received it (nothing is queued) */
    post: operations['NotificationSettingsController_testRobot'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AckLinkDto: {
      /**
       * Format: date-time
       * @description null: not acknowledged yet
       */
      acknowledgedAt: string | null;
      /** @example 【督办】党员示范岗标识不全 */
      title: string;
    };
    ActivateDto: {
      /** @description at least 10 characters, not the login, not one of the 10,000 most common passwords */
      password: string;
      /** @description 记住此设备 */
      remember?: boolean;
      /** @description the token from the activation link (after #) */
      token: string;
    };
    ActivationPreviewDto: {
      /** Format: date-time */
      expiresAt: string;
      /** @example zhanghua */
      login: string;
      /** @example 中江桥党支部书记 张华 */
      name: string;
    };
    ActivationTokenDto: {
      /** @description the token from the activation link (after #) */
      token: string;
    };
    AdjustDto: {
      /**
       * @description points added (negative: taken)
       * @example 3
       */
      points: number;
      reason: string;
      /** Format: uuid */
      unitId: string;
    };
    AdjustmentDto: {
      points: number;
      reason: string;
      /** Format: uuid */
      unitId: string;
    };
    AnswerDto: {
      /** @description the answer the unit reads */
      answer: string;
      /**
       * @description points the upheld objection corrects
       * @example 2
       */
      correction?: number;
      /** @description upheld (the correction applies) or dismissed */
      upheld: boolean;
    };
    AppliesToDto: {
      /** @enum {string} */
      kind: 'unit_kinds' | 'units';
      unitIds?: string[];
      unitKinds?: ('committee' | 'general_branch' | 'branch' | 'group')[];
    };
    AttendanceDto: {
      attendees: string[];
      present: boolean;
      /** Format: uuid */
      unitId: string;
    };
    AttendanceEntryDto: {
      /**
       * Format: date
       * @example 2026-12-31
       */
      heldOn: string;
      /** Format: uuid */
      obligationId: string;
      period: string;
      /** Format: uuid */
      recordId: string;
      /** @enum {string} */
      status: 'open' | 'recorded' | 'sent_back' | 'done' | 'missed';
      title: string;
      typeName: string;
      unitName: string;
    };
    AttendanceViewDto: {
      attendees: string[];
      present: boolean;
      /** Format: uuid */
      unitId: string;
    };
    AttendeeDto: {
      name: string;
      /** Format: uuid */
      personId: string;
    };
    AuditEntryDto: {
      /**
       * @description method and route
       * @example POST /items/:id/plan
       */
      action: string;
      actorName: string | null;
      /**
       * Format: uuid
       * @description null when refused without a known caller
       */
      actorPersonId: string | null;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      at: string;
      /**
       * @description ids are decimal strings
       * @example 42
       */
      id: string;
      /** @description status and the ids/states written, or the error code */
      outcome: {
        [key: string]: unknown;
      };
      /** @description the body, secrets masked and long texts cut */
      request: {
        [key: string]: unknown;
      };
      requestId: string;
      /** @example 200 */
      status: number;
      /** @description the route's ids, joined by / */
      target: string | null;
    };
    AuditEntryListDto: {
      items: components['schemas']['AuditEntryDto'][];
    };
    BoardItemDto: {
      /**
       * Format: date
       * @example 2026-12-31
       */
      deadline: string;
      /** @enum {integer} */
      escalationLevel: 1 | 2;
      /** Format: uuid */
      id: string;
      /**
       * Format: date-time
       * @description the latest 催办
       */
      lastChaseAt: string | null;
      /** @enum {string} */
      light: 'green' | 'yellow' | 'red';
      /** @description working days past the deadline (China's calendar, 调休, overrides) */
      overdueWorkingDays: number;
      /** Format: uuid */
      regionId: string;
      regionName: string;
      /** Format: uuid */
      responsibleUnitId: string;
      responsibleUnitName: string;
      /** @enum {string} */
      status: 'open' | 'in_progress' | 'pending_verification' | 'closed' | 'cancelled';
      title: string;
    };
    BoardItemsPageDto: {
      /** @description of those, at 党委督办 (level 2) */
      committeeLevel: number;
      items: components['schemas']['BoardItemDto'][];
      /** @description pass back as `cursor` to GET /board/items; null on the last page */
      nextCursor: string | null;
      /**
       * Format: date
       * @description today in the organisation's time zone
       * @example 2026-12-31
       */
      today: string;
      /** @description escalated overdue items in the view */
      total: number;
    };
    BoardTrendPointDto: {
      closed: number;
      closedOnTimePct: number | null;
      cycles: number;
      items: number;
      open: number;
      overdue: number;
      period: string;
    };
    CadenceDto: {
      /** @description monthly */
      dayOfMonth?: number;
      /**
       * @description cron: Temporal's cron dialect
       * @example 0 9 25 * *
       */
      expression?: string;
      /** @enum {string} */
      kind: 'monthly' | 'cron';
      /**
       * @description monthly: local time HH:mm
       * @example 09:00
       */
      time?: string;
    };
    CalendarOverrideDto: {
      /**
       * @description a day off, or a 调休 make-up workday
       * @enum {string}
       */
      kind: 'holiday' | 'workday';
      /** @example 元旦 */
      note?: string;
    };
    CalendarOverrideViewDto: {
      /**
       * Format: date
       * @example 2026-12-31
       */
      date: string;
      /**
       * @description a day off, or a 调休 make-up workday
       * @enum {string}
       */
      kind: 'holiday' | 'workday';
      /** @example 元旦 */
      note?: string;
    };
    CalendarOverrideViewListDto: {
      items: components['schemas']['CalendarOverrideViewDto'][];
    };
    CancelDto: {
      reason: string;
    };
    CardRatingDto: {
      adjustments: components['schemas']['AdjustmentDto'][];
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      phase: 'computing' | 'review' | 'notice' | 'answering' | 'approval' | 'final';
      /** @description the rating's points, after recorded changes */
      points: number;
      rank: number;
      /** @description recorded changes so far */
      revision: number;
      stars: number;
    };
    ChangePasswordDto: {
      currentPassword: string;
      /** @description the same rules as on activation */
      newPassword: string;
    };
    CommitteeBoardDto: {
      byRegion: components['schemas']['RegionStatsDto'][];
      byUnit: components['schemas']['UnitStatsDto'][];
      /** @description of those, at 党委督办 (level 2) */
      committeeLevel: number;
      items: components['schemas']['BoardItemDto'][];
      /** @description pass back as `cursor` to GET /board/items; null on the last page */
      nextCursor: string | null;
      /**
       * Format: date
       * @description today in the organisation's time zone
       * @example 2026-12-31
       */
      today: string;
      /** @description escalated overdue items in the view */
      total: number;
      /** @description the last 12 cycle periods, oldest first */
      trend: components['schemas']['BoardTrendPointDto'][];
    };
    CreateItemDto: {
      /**
       * @description 整改时限 (local date)
       * @example 2026-12-31
       */
      deadline: string;
      /** @example 现场检查发现…… */
      description?: string;
      /** Format: uuid */
      regionId?: string;
      /**
       * @description 整改要求
       * @example 补齐标识并建立台账
       */
      requirement?: string;
      /** Format: uuid */
      responsiblePersonId?: Record<string, never> | null;
      /**
       * Format: uuid
       * @description 责任单位
       */
      responsibleUnitId: string;
      /** @enum {string} */
      severity: 'minor' | 'major' | 'critical';
      /** @example 党员示范岗标识不全 */
      title: string;
    };
    CreateObligationTypeDto: {
      /**
       * @description { kind: 'unit_kinds', unitKinds: ['branch', …] } or { kind: 'units', unitIds: [...] }
       * @example {
       *       "kind": "unit_kinds",
       *       "unitKinds": [
       *         "branch"
       *       ]
       *     }
       */
      appliesTo: Record<string, never>;
      /**
       * @description { kind: 'monthly' | 'quarterly' | 'half_yearly' | 'yearly' } or { kind: 'cron', expression }
       * @example {
       *       "kind": "monthly"
       *     }
       */
      cadence: Record<string, never>;
      /** @description working days after the due date a late record is accepted (default 5) */
      closeAfterWorkingDays?: number;
      /**
       * @description 1–64 letters, digits, _ or -; unique
       * @example branch-committee
       */
      code: string;
      /** @description the lead unit confirms each record (default true) */
      confirmation?: boolean;
      /** @example 支委会 */
      name: string;
      /** @description the items' policy version for reminders; null = newest */
      policyVersion?: Record<string, never> | null;
      /** @description { attendeesCount: bool, minutes: bool, minFiles: 0–10 } (default true, true, 1) */
      requires?: Record<string, never>;
      /** @description when the record is due: { kind: 'day_of_last_month', day: 1–31 } (default 31: the period's last day) or { kind: 'working_days', days } */
      window?: Record<string, never>;
    };
    CreatePersonDto: {
      /** @example zhang@example.org */
      email?: string | null;
      /** @example 张书记 */
      name: string;
      /** @example +86 138 0000 0000 */
      phone?: string | null;
      /**
       * Format: uuid
       * @description The unit the person belongs to
       */
      unitId: string;
    };
    CreatePolicyDto: {
      /** @description the item policy (without version) */
      base: components['schemas']['ItemPolicyDto'];
      /** @description per severity (minor, major, critical): the fields of base that differ */
      bySeverity?: {
        [key: string]: {
          [key: string]: unknown;
        };
      };
      note?: string;
    };
    CreateProgrammeDto: {
      /**
       * @description { kind: 'monthly', dayOfMonth: 1–28, time: 'HH:mm' } or { kind: 'cron', expression }; org time zone
       * @example {
       *       "kind": "monthly",
       *       "dayOfMonth": 25,
       *       "time": "09:00"
       *     }
       */
      cadence?: Record<string, never>;
      /** @example 芜湖片区月度互检 */
      name: string;
      /**
       * @default rotation
       * @enum {string}
       */
      pairingStrategy?: 'rotation';
      /** @description member units taking part; default every member of the region */
      participants?: string[];
      /** @description selfCheckDue, mutualInspectionDue, meeting, reportDue: { days, dayKind, time? } */
      phaseWindows?: Record<string, never>;
      /** @description item policy version; null or absent = the newest at each cycle */
      policyVersion?: Record<string, never> | null;
      /**
       * Format: uuid
       * @description 片区
       */
      regionId: string;
      /**
       * @description 屡查屡犯: earlier cycles searched for repeat findings
       * @default 3
       */
      repeatLookback?: number;
      /** @description 考核细则: { criteria: [{ key, name, weight, maxScore }] }; default seed 000 */
      rubric?: Record<string, never>;
    };
    CreateRegionDto: {
      /** @example wuhu */
      code: string;
      /**
       * Format: uuid
       * @description 主责单位/牵头单位
       */
      leadUnitId: string;
      /** @description 成员单位; the lead unit is added automatically */
      memberUnitIds: string[];
      /** @example 芜湖片区 */
      name: string;
    };
    CreateUnitDto: {
      /**
       * @description Unique code: letters, digits, _ and -
       * @example wuhu-zhongjiang
       */
      code: string;
      /**
       * @description 党委 committee · 党总支 general_branch · 党支部 branch · 党小组 group
       * @enum {string}
       */
      kind: 'committee' | 'general_branch' | 'branch' | 'group';
      /** @example 芜湖中江桥项目党支部 */
      name: string;
      /** Format: uuid */
      parentId?: string | null;
    };
    CriterionDto: {
      /** @example dangyuan */
      key: string;
      maxScore: number;
      /** @example 党员作用发挥 */
      name: string;
      weight: number;
    };
    CycleDetailDto: {
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      closedAt: string | null;
      cycleNumber: number;
      /** @description null for a moment after the cycle starts, until its workflow has planned the phases */
      dueTimes: components['schemas']['PhaseDueTimesDto'] | null;
      findings: components['schemas']['FindingViewDto'][];
      /** Format: uuid */
      id: string;
      /**
       * Format: uuid
       * @description the region’s lead unit (主责单位): it records the meeting
       */
      leadUnitId: string;
      meeting: components['schemas']['MeetingViewDto'] | null;
      pairs: components['schemas']['PairDto'][];
      /** @description participant units */
      participants: string[];
      /**
       * @description YYYY-MM (monthly cadence) or YYYY-MM-DD
       * @example 2026-12
       */
      period: string;
      /** @enum {string} */
      phase: 'open' | 'self_check' | 'mutual_inspection' | 'meeting' | 'report' | 'closed';
      /** Format: uuid */
      programmeId: string;
      /** @description once the cycle has reported */
      report: components['schemas']['CycleReportDto'] | null;
      /** @description the rubric (考核细则) this cycle is scored by: its programme’s when it started */
      rubric: components['schemas']['RubricDto'];
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      startedAt: string;
      submissions: components['schemas']['SubmissionViewDto'][];
      /** @description who has submitted what, oldest first: with pairs and due times, what each unit still owes */
      submitted: components['schemas']['SubmittedDto'][];
      /** @example cycle-<programmeId>-2026-12 */
      workflowId: string;
    };
    CycleDto: {
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      closedAt: string | null;
      cycleNumber: number;
      /** @description null for a moment after the cycle starts, until its workflow has planned the phases */
      dueTimes: components['schemas']['PhaseDueTimesDto'] | null;
      /** Format: uuid */
      id: string;
      pairs: components['schemas']['PairDto'][];
      /** @description participant units */
      participants: string[];
      /**
       * @description YYYY-MM (monthly cadence) or YYYY-MM-DD
       * @example 2026-12
       */
      period: string;
      /** @enum {string} */
      phase: 'open' | 'self_check' | 'mutual_inspection' | 'meeting' | 'report' | 'closed';
      /** Format: uuid */
      programmeId: string;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      startedAt: string;
      /** @description who has submitted what, oldest first: with pairs and due times, what each unit still owes */
      submitted: components['schemas']['SubmittedDto'][];
      /** @example cycle-<programmeId>-2026-12 */
      workflowId: string;
    };
    CycleListDto: {
      items: components['schemas']['CycleDto'][];
    };
    CycleReportDto: {
      cycleNumber: number;
      findings: components['schemas']['ReportFindingDto'][];
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      generatedAt: string;
      /** @description items of earlier cycles still open */
      openFromEarlier: components['schemas']['OpenEarlierItemDto'][];
      period: string;
      ranking: components['schemas']['RankingEntryDto'][];
      /** @description 对账 per unit */
      reconciliation: components['schemas']['ReconciliationDto'][];
      repeats: components['schemas']['RepeatCountDto'][];
      /** @description units without scores */
      unscored: string[];
    };
    CycleStateDto: {
      /** Format: uuid */
      cycleId: string;
      dueTimes: components['schemas']['PhaseDueTimesDto'];
      /** @description units whose inspection is in */
      inspectionsIn: string[];
      meetingRecorded: boolean;
      pairs: components['schemas']['PairDto'][];
      /** @enum {string} */
      phase: 'open' | 'self_check' | 'mutual_inspection' | 'meeting' | 'report' | 'closed';
      /** @description units whose self-check is in */
      selfChecksIn: string[];
    };
    DecideExtensionDto: {
      approve: boolean;
      /** @description required when refusing */
      reason?: string;
    };
    DeliveryAttemptDto: {
      attempt: number;
      error: string | null;
      /**
       * Format: date-time
       * @description null while the outcome is unknown
       */
      finishedAt: string | null;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      startedAt: string;
      status: string;
    };
    DeliveryDto: {
      attempts: number;
      /** @example email */
      channel: string;
      digestKey: string | null;
      history: components['schemas']['DeliveryAttemptDto'][];
      /** @example 42 */
      id: string;
      kind: string;
      lastError: string | null;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      notBefore: string;
      /**
       * @description null for a digest
       * @example 42
       */
      notificationId: string | null;
      /** @description a person id or a unit id (robots) */
      recipient: string;
      replays: number;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      sentAt: string | null;
      /** @enum {string} */
      state: 'scheduled' | 'queued' | 'sending' | 'sent' | 'dead' | 'digested';
      title: string | null;
    };
    DeliveryListDto: {
      items: components['schemas']['DeliveryDto'][];
    };
    DeliveryWindowDto: {
      /** @example 09:00 */
      from: string;
      /** @example 18:00 */
      to: string;
      /** @example true */
      workingDaysOnly: boolean;
    };
    DeliveryWindowViewDto: {
      /** @example 09:00 */
      from: string;
      /** @example 18:00 */
      to: string;
      workingDaysOnly: boolean;
    };
    DependencyDetailDto: {
      /** @description the first line of the error, when down */
      error?: string;
      /** @enum {string} */
      status: 'up' | 'down';
      /**
       * @description where it was looked for (no credentials)
       * @example 127.0.0.1:5432/huijian
       */
      target: string;
    };
    DependencyStatusDto: {
      /** @enum {string} */
      status: 'up' | 'down';
    };
    DirectiveDto: {
      /** @description file ids from POST /files (photos, scans) */
      files?: string[];
      /** @example 请于本周内完成整改并报党委 */
      text: string;
    };
    EndedSessionsDto: {
      /** @description how many open sessions were ended */
      endedSessions: number;
    };
    ErrorBodyDto: {
      error: components['schemas']['ErrorDto'];
    };
    /**
     * @description stable; branch on it
     * @enum {string}
     */
    ErrorCode:
      | 'VALIDATION_FAILED'
      | 'BAD_REQUEST'
      | 'UNAUTHENTICATED'
      | 'FORBIDDEN'
      | 'CSRF_REJECTED'
      | 'WRONG_ACTOR'
      | 'NOT_FOUND'
      | 'CONFLICT'
      | 'ILLEGAL_TRANSITION'
      | 'LINK_EXPIRED'
      | 'PAYLOAD_TOO_LARGE'
      | 'UNSUPPORTED_MEDIA_TYPE'
      | 'RATE_LIMITED'
      | 'INTERNAL'
      | 'DEPENDENCY_UNAVAILABLE';
    ErrorDetailsDto: {
      /** @description ILLEGAL_TRANSITION: the actions the caller may take now */
      allowedActions?: string[];
      /** @description VALIDATION_FAILED: every bad field, each once */
      fields?: components['schemas']['FieldProblemDto'][];
      /** @description ILLEGAL_TRANSITION: the current state */
      status?: string;
    } & {
      [key: string]: unknown;
    };
    ErrorDto: {
      /** @description stable; branch on it */
      code: components['schemas']['ErrorCode'];
      /** @description machine-readable specifics; more keys per code */
      details?: components['schemas']['ErrorDetailsDto'];
      /** @description for a person: what is wrong and what to do; its wording may change */
      message: string;
      /** @description quote it when reporting a problem (also the X-Request-Id header) */
      requestId: string;
    };
    EscalationRuleDto: {
      /** @description 督办 level 1 (lead unit), working days past the deadline */
      level1AfterWorkingDays: number;
      /** @description 督办 level 2 (committee) */
      level2AfterWorkingDays: number;
    };
    EvaluationRecordDto: {
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      decidedAt: string | null;
      /** @description why it was refused */
      decisionReason: string | null;
      /** @description the evidence sent with it (photos, scans) */
      files: components['schemas']['FileDto'][];
      /** Format: uuid */
      id: string;
      note: string;
      /**
       * Format: date
       * @example 2026-12-31
       */
      occurredOn: string;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      recordedAt: string;
      /** @example three_meetings_one_lesson */
      recordType: string;
      /** @enum {string} */
      status: 'recorded' | 'confirmed' | 'refused';
      title: string;
      /** Format: uuid */
      unitId: string;
    };
    EvaluationRecordListDto: {
      items: components['schemas']['EvaluationRecordDto'][];
    };
    FactLabelDto: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'cycle' | 'item' | 'finding' | 'record' | 'obligation';
      /**
       * @description what the fact is, in the ledgers' words
       * @example 芜湖片区月度互检 2026-10
       */
      label: string;
    };
    FeedDto: {
      items: components['schemas']['FeedEntryDto'][];
    };
    FeedEntryDto: {
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      at: string;
      /**
       * Format: date
       * @example 2026-12-31
       */
      heldOn: string | null;
      /**
       * Format: uuid
       * @description the record or the item
       */
      id: string;
      /** @enum {string} */
      kind: 'record' | 'item_closed';
      /** @example 已销号 */
      outcome: string | null;
      period: string | null;
      /** @description the record's photos (thumbnails for every reader of the feed) */
      photos: components['schemas']['FileDto'][];
      title: string;
      typeName: string | null;
      /** Format: uuid */
      unitId: string;
      unitName: string;
    };
    FieldProblemDto: {
      /** @example deadline */
      field: string;
      /** @example must be a date YYYY-MM-DD */
      reason: string;
    };
    FileDto: {
      /**
       * Format: date-time
       * @description 拍摄时间 from EXIF, when the photo says
       */
      capturedAt?: string;
      /**
       * @description decided from the bytes, not from the name
       * @example image/jpeg
       */
      contentType: string;
      /** Format: date-time */
      createdAt: string;
      height?: number;
      /** Format: uuid */
      id: string;
      /**
       * @description original name, sanitised (no folders, no control characters, ≤ 200)
       * @example 整改后照片.jpg
       */
      name: string;
      /** @example /files/…/preview */
      previewUrl?: string;
      /**
       * @description sha256 of the original, hex
       * @example e3b0c442…
       */
      sha256: string;
      /**
       * @description bytes of the original
       * @example 2345678
       */
      size: number;
      /**
       * @description present when the photo has copies
       * @example /files/…/thumbnail
       */
      thumbnailUrl?: string;
      /**
       * @description the original, byte for byte
       * @example /files/…
       */
      url: string;
      /** @description upright width (photos the server can decode) */
      width?: number;
    };
    FileListDto: {
      items: components['schemas']['FileDto'][];
    };
    FindingDto: {
      /** @example dangyuan */
      criterionKey: string;
      /**
       * Format: date
       * @description 整改时限
       * @example 2026-12-31
       */
      deadline: string;
      /**
       * @description 扣分
       * @example 2
       */
      deduction: number;
      /** @example 党员示范岗标识不全 */
      description: string;
      /** @description file ids from POST /files (photos, scans) */
      files?: string[];
      /**
       * @description 整改要求
       * @example 补齐标识
       */
      requirement: string;
      /** @enum {string} */
      severity: 'minor' | 'major' | 'critical';
    };
    FindingViewDto: {
      criterionKey: string;
      /**
       * Format: date
       * @description 整改时限
       * @example 2026-12-31
       */
      deadline: string;
      /**
       * @description 扣分: points off the criterion, two decimals
       * @example 2.5
       */
      deduction: number;
      description: string;
      /** Format: uuid */
      id: string;
      /**
       * Format: uuid
       * @description the rectification item it became
       */
      itemId: string;
      /** @description 屡查屡犯: earlier findings it repeats */
      repeatOf: string[];
      /** @description 整改要求 */
      requirement: string;
      /** @enum {string} */
      severity: 'minor' | 'major' | 'critical';
      /**
       * Format: uuid
       * @description the unit the problem was found at
       */
      unitId: string;
    };
    GrantRoleDto: {
      /** @enum {string} */
      role: 'system_admin' | 'lead_admin' | 'branch_secretary' | 'committee_member';
      /**
       * Format: uuid
       * @description The role covers this unit and its whole subtree
       */
      unitId: string;
    };
    HealthDetailsDto: {
      postgres: components['schemas']['DependencyDetailDto'];
      /** @enum {string} */
      status: 'ok' | 'degraded';
      temporal: components['schemas']['DependencyDetailDto'];
    };
    HealthDto: {
      postgres: components['schemas']['DependencyStatusDto'];
      /** @enum {string} */
      status: 'ok' | 'degraded';
      temporal: components['schemas']['DependencyStatusDto'];
    };
    InboxEntryDto: {
      /**
       * Format: date-time
       * @description 已阅
       */
      acknowledgedAt: string | null;
      body: string;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      createdAt: string;
      /** Format: uuid */
      cycleId: string | null;
      /**
       * Format: date-time
       * @description when it was due to be sent
       */
      dueAt: string;
      /** @example 42 */
      id: string;
      /** Format: uuid */
      itemId: string | null;
      /** @example reminder */
      kind: string;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      readAt: string | null;
      /** Format: uuid */
      recipientUnitId: string;
      /**
       * Format: uuid
       * @description the star rating (评星) a rating notice is about
       */
      starRatingId: string | null;
      title: string;
    };
    InboxPageDto: {
      /** @description newest first */
      items: components['schemas']['InboxEntryDto'][];
      /** @description messages matching the filters */
      total: number;
      /** @description of all your messages, the unread ones */
      unreadCount: number;
    };
    IndicatorDto: {
      /** @example closed_on_time */
      key: string;
      /** @example 按期整改销号 */
      name: string;
      source: components['schemas']['IndicatorSourceDto'];
    };
    IndicatorSetDto: {
      /** @example 2027-01 */
      effectiveFrom: string;
      indicators: components['schemas']['IndicatorDto'][];
      rating: components['schemas']['StarRatingRuleDto'];
      version: number;
    };
    IndicatorSetInputDto: {
      /**
       * @description the first month it scores: a month still to come
       * @example 2027-01
       */
      effectiveFrom: string;
      indicators: components['schemas']['IndicatorDto'][];
      /** @description thresholds or ranking bands */
      rating: components['schemas']['StarRatingRuleDto'];
    };
    IndicatorSetListDto: {
      items: components['schemas']['IndicatorSetDto'][];
    };
    IndicatorSourceDto: {
      /** @description the most a line counts in a month, whatever its sign */
      cap?: number;
      /** @enum {string} */
      kind: 'cycle_score' | 'rectification' | 'repeat_finding' | 'record' | 'obligation_record' | 'missed_obligation';
      /**
       * @description rectification: which items count
       * @enum {string}
       */
      outcome?: 'closed_on_time' | 'closed_late' | 'overdue';
      /** @description cycle_score: the points of a rubric total of 100 */
      pointsAt100?: number;
      /** @description every kind but cycle_score: points per fact (negative: taken) */
      pointsEach?: number;
      /**
       * @description record: the 记实 type counted
       * @example five_good
       */
      recordType?: string;
      /** @description obligation_record and missed_obligation: the 三会一课 types counted (all when absent) */
      typeCodes?: string[];
    };
    InspectionDto: {
      comments?: string;
      /** @description file ids from POST /files (photos, scans) */
      files?: string[];
      findings: components['schemas']['FindingDto'][];
      /**
       * Format: uuid
       * @description the unit your unit inspects this cycle
       */
      inspecteeUnitId: string;
      /**
       * @description marks per rubric criterion (评判打分)
       * @example {
       *       "dangyuan": 90
       *     }
       */
      scores: Record<string, never>;
      /**
       * Format: uuid
       * @description the unit you act for, when you act for several
       */
      unitId?: string;
    };
    InstallDefaultsDto: {
      /**
       * @example [
       *       "branch-committee",
       *       "member-assembly",
       *       "party-lecture",
       *       "central-group-study",
       *       "member-appraisal",
       *       "staff-opinion-survey"
       *     ]
       */
      codes: (
        | 'branch-committee'
        | 'member-assembly'
        | 'party-lecture'
        | 'central-group-study'
        | 'member-appraisal'
        | 'staff-opinion-survey'
      )[];
    };
    InvitationDto: {
      /** @description the address it was e-mailed to (SMTP_URL set) */
      emailedTo: string | null;
      endedSessions: number;
      /** Format: date-time */
      expiresAt: string;
      /** @description PUBLIC_URL/app/activate#<token>: shown once, pass it on; valid 72 h, once */
      link: string;
      login: string;
      /** Format: uuid */
      personId: string;
      /** @description a reset: the person had a password, and every session of theirs has ended */
      reset: boolean;
    };
    InviteDto: {
      /**
       * @description the login to create or change: phone or staff number; default the existing login, else the phone
       * @example 13800000000
       */
      login?: string;
    };
    IssuedTokenDto: {
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      expiresAt: string | null;
      /** Format: uuid */
      id: string;
      label: string;
      /** Format: uuid */
      personId: string;
      /**
       * @description the bearer token, shown this once (only its hash is kept)
       * @example hj_…
       */
      token: string;
    };
    IssueTokenDto: {
      /** Format: date-time */
      expiresAt?: string;
      /** @example laptop of the branch secretary */
      label: string;
      /** Format: uuid */
      personId: string;
    };
    ItemAcknowledgementDto: {
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      acknowledgedAt: string;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      dueAt: string;
      kind: string;
      /** @example 42 */
      notificationId: string;
      /** Format: uuid */
      personId: string;
      personName: string;
      title: string;
      /** @enum {string} */
      via: 'inbox' | 'link';
    };
    ItemAcknowledgementListDto: {
      items: components['schemas']['ItemAcknowledgementDto'][];
    };
    ItemDetailDto: {
      /** @description what you may do now, for your side(s) */
      allowedActions: (
        | 'submitPlan'
        | 'reportProgress'
        | 'submitEvidence'
        | 'verify'
        | 'requestExtension'
        | 'decideExtension'
        | 'reassign'
        | 'cancel'
      )[];
      /**
       * Format: date-time
       * @description 销号 time
       */
      closedAt: string | null;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      createdAt: string;
      /**
       * Format: date
       * @description 整改时限 (moves with an approved extension)
       * @example 2026-12-31
       */
      deadline: string;
      description: string;
      /**
       * @description 督办 level: 0 none, 1 lead unit, 2 committee
       * @enum {integer}
       */
      escalationLevel: 0 | 1 | 2;
      /** Format: uuid */
      id: string;
      /**
       * @description 红黄绿灯
       * @enum {string}
       */
      light: 'green' | 'yellow' | 'red';
      /** @description 倒排工期 */
      milestones: components['schemas']['MilestoneDto'][];
      /**
       * Format: date
       * @description 原定时限
       * @example 2026-12-31
       */
      originalDeadline: string;
      /** @description calendar days past the deadline while open; 0 once closed or cancelled */
      overdueDays: number;
      pendingExtension: components['schemas']['PendingExtensionDto'] | null;
      policyVersion: number;
      /** Format: uuid */
      regionId: string;
      /** @description 整改要求 */
      requirement: string;
      /**
       * Format: uuid
       * @description 责任人
       */
      responsiblePersonId: string | null;
      /**
       * Format: uuid
       * @description 责任单位
       */
      responsibleUnitId: string;
      responsibleUnitName: string;
      /** @enum {string} */
      severity: 'minor' | 'major' | 'critical';
      /** @description null: assigned by hand, not found in a 互检 cycle */
      source: components['schemas']['ItemSourceDto'] | null;
      /** @enum {string} */
      status: 'open' | 'in_progress' | 'pending_verification' | 'closed' | 'cancelled';
      timeline: components['schemas']['TimelineEventDto'][];
      title: string;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      updatedAt: string;
      /**
       * Format: uuid
       * @description the lead unit that verifies (主责单位)
       */
      verifierUnitId: string;
      /** @example item-… */
      workflowId: string;
    };
    ItemDto: {
      /**
       * Format: date-time
       * @description 销号 time
       */
      closedAt: string | null;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      createdAt: string;
      /**
       * Format: date
       * @description 整改时限 (moves with an approved extension)
       * @example 2026-12-31
       */
      deadline: string;
      description: string;
      /**
       * @description 督办 level: 0 none, 1 lead unit, 2 committee
       * @enum {integer}
       */
      escalationLevel: 0 | 1 | 2;
      /** Format: uuid */
      id: string;
      /**
       * @description 红黄绿灯
       * @enum {string}
       */
      light: 'green' | 'yellow' | 'red';
      /** @description 倒排工期 */
      milestones: components['schemas']['MilestoneDto'][];
      /**
       * Format: date
       * @description 原定时限
       * @example 2026-12-31
       */
      originalDeadline: string;
      /** @description calendar days past the deadline while open; 0 once closed or cancelled */
      overdueDays: number;
      pendingExtension: components['schemas']['PendingExtensionDto'] | null;
      policyVersion: number;
      /** Format: uuid */
      regionId: string;
      /** @description 整改要求 */
      requirement: string;
      /**
       * Format: uuid
       * @description 责任人
       */
      responsiblePersonId: string | null;
      /**
       * Format: uuid
       * @description 责任单位
       */
      responsibleUnitId: string;
      responsibleUnitName: string;
      /** @enum {string} */
      severity: 'minor' | 'major' | 'critical';
      /** @enum {string} */
      status: 'open' | 'in_progress' | 'pending_verification' | 'closed' | 'cancelled';
      title: string;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      updatedAt: string;
      /**
       * Format: uuid
       * @description the lead unit that verifies (主责单位)
       */
      verifierUnitId: string;
      /** @example item-… */
      workflowId: string;
    };
    ItemListDto: {
      items: components['schemas']['ItemDto'][];
      /** @description all matches, not only this page */
      total: number;
    };
    ItemPolicyDto: {
      /** @enum {string} */
      dayKind: 'calendar' | 'working';
      /** @description lights from version 2: 黄灯 临期 when the deadline is within this many working days */
      deadlineWarningWorkingDays?: number;
      escalation: components['schemas']['EscalationRuleDto'];
      milestoneTemplate: components['schemas']['MilestoneTemplateEntryDto'][];
      /** @description 催办 every working day while a milestone is overdue */
      overdueChase: boolean;
      /** @description [3, 1, 0] = T−3, T−1, T */
      reminderOffsetsDays: number[];
      /** @example 09:00 */
      reminderTimeLocal: string;
      /** @description lights of version 1: yellow this many days before a milestone */
      yellowWithinDays?: number;
    };
    ItemSourceDto: {
      /** Format: uuid */
      cycleId: string;
      /** @description the cycle's number in its programme (第n期) */
      cycleNumber: number;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      filedAt: string;
      /**
       * Format: uuid
       * @description who filed the submission with the finding
       */
      filedById: string;
      filedByName: string | null;
      /**
       * Format: uuid
       * @description the unit that inspected (检查单位)
       */
      inspectorUnitId: string;
      inspectorUnitName: string;
      /**
       * @description 自检 (the unit itself) or 互检 (its paired unit)
       * @enum {string}
       */
      kind: 'self_check' | 'mutual_inspection';
      /**
       * @description the cycle's month
       * @example 2026-12
       */
      period: string;
      /** @description the finding's photos; readable by whoever sees the item */
      photos: components['schemas']['FileDto'][];
      /** Format: uuid */
      programmeId: string;
      programmeName: string;
    };
    LedgerCountsDto: {
      /** @description 红黄绿灯 */
      byLight: components['schemas']['LightCountsDto'];
      byUnit: components['schemas']['UnitCountsDto'][];
      overdue: number;
      total: number;
    };
    LedgerEntryDto: {
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      closedAt: string | null;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      createdAt: string;
      /**
       * Format: uuid
       * @description the 互检 cycle that found it
       */
      cycleId: string | null;
      cyclePeriod: string | null;
      /**
       * Format: date
       * @example 2026-12-31
       */
      deadline: string;
      description: string;
      /** @enum {integer} */
      escalationLevel: 0 | 1 | 2;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      light: 'green' | 'yellow' | 'red';
      milestones: components['schemas']['MilestoneDto'][];
      /**
       * Format: date
       * @example 2026-12-31
       */
      originalDeadline: string;
      overdueDays: number;
      /** Format: uuid */
      regionId: string;
      regionName: string;
      requirement: string;
      /** Format: uuid */
      responsiblePersonId: string | null;
      responsiblePersonName: string | null;
      /** Format: uuid */
      responsibleUnitId: string;
      responsibleUnitName: string;
      /** @enum {string} */
      severity: 'minor' | 'major' | 'critical';
      /** @enum {string} */
      status: 'open' | 'in_progress' | 'pending_verification' | 'closed' | 'cancelled';
      title: string;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      updatedAt: string;
    };
    LedgerPageDto: {
      items: components['schemas']['LedgerEntryDto'][];
      /** @description pass back as `cursor` for the next page; null on the last */
      nextCursor: string | null;
      /** @description rows in the whole view */
      total: number;
    };
    LightCountsDto: {
      green: number;
      red: number;
      yellow: number;
    };
    LoginDto: {
      /**
       * @description 登录名：手机号或工号（不区分大小写）
       * @example zhanghua
       */
      login: string;
      /**
       * @description the console page to return to (local only)
       * @example /app/items/8f0c…
       */
      next?: string;
      /**
       * @description never logged nor audited
       * @example 江边的桥2026年冬
       */
      password: string;
      /** @description 记住此设备: 30 days idle instead of 12 h, and a persistent cookie */
      remember?: boolean;
    };
    MeDto: {
      /** @description what your roles allow */
      permissions: (
        | 'organisation:read'
        | 'organisation:write'
        | 'tokens:manage'
        | 'account:self'
        | 'accounts:invite'
        | 'diagnostics:run'
        | 'audit:read'
        | 'policies:read'
        | 'policies:write'
        | 'items:read'
        | 'items:create'
        | 'items:act'
        | 'items:direct'
        | 'cycles:read'
        | 'cycles:submit'
        | 'cycles:meeting'
        | 'programmes:read'
        | 'programmes:manage'
        | 'ledger:read'
        | 'board:read'
        | 'inbox:read'
        | 'files:upload'
        | 'files:read'
        | 'notifications:configure'
        | 'notifications:admin'
        | 'obligations:read'
        | 'obligations:manage'
        | 'obligations:record'
        | 'obligations:confirm'
        | 'evaluation:read'
        | 'evaluation:record'
        | 'evaluation:manage'
        | 'evaluation:approve'
        | 'evaluation:indicators'
        | 'evaluation:compare'
      )[];
      person: components['schemas']['MePersonDto'];
      roles: components['schemas']['MeRoleDto'][];
      session: components['schemas']['MeSessionDto'];
      /** @description unread inbox messages */
      unreadCount: number;
    };
    MeetingDto: {
      attendance: components['schemas']['AttendanceDto'][];
      /** @description file ids from POST /files (photos, scans) */
      files?: string[];
      /** @description 例会纪要 */
      minutes: string;
    };
    MeetingViewDto: {
      attendance: components['schemas']['AttendanceViewDto'][];
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      heldAt: string;
      /** @description 例会纪要 */
      minutes: string;
      /** Format: uuid */
      recordedBy: string;
    };
    MePersonDto: {
      /** Format: uuid */
      id: string;
      login: string | null;
      name: string;
      /** Format: uuid */
      unitId: string;
      unitName: string;
    };
    MeRoleDto: {
      /** @enum {string} */
      role: 'system_admin' | 'lead_admin' | 'branch_secretary' | 'committee_member';
      /** Format: uuid */
      unitId: string;
      /** @example 芜湖中江桥项目党支部 */
      unitName: string;
    };
    MeSessionDto: {
      /** @description session only: send as X-CSRF-Token on writes */
      csrfToken?: string;
      /**
       * Format: date-time
       * @description session only: idle expiry
       */
      expiresAt?: string;
      /**
       * @description a browser session (cookie) or a bearer token
       * @enum {string}
       */
      kind: 'session' | 'token';
      remember?: boolean;
    };
    MilestoneDto: {
      done: boolean;
      /**
       * Format: date
       * @description local date it is due
       * @example 2026-12-31
       */
      due: string;
      /** @enum {string} */
      key: 'plan' | 'progress' | 'evidence' | 'verification';
      /** @example 提交整改方案 */
      label: string;
    };
    MilestoneTemplateEntryDto: {
      /** @enum {string} */
      key: 'plan' | 'progress' | 'evidence' | 'verification';
      /** @example 制定整改方案 */
      label: string;
      /** @description days before the deadline */
      offsetDays: number;
    };
    MonthPointsDto: {
      indicatorSetVersion: number;
      /** @example 2026-03 */
      month: string;
      points: number;
    };
    Object: Record<string, never>;
    ObjectionDto: {
      answer: string | null;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      answeredAt: string | null;
      /** @description points added (or taken) when upheld */
      correction: number | null;
      /** @description the evidence lodged with it (photos, scans) */
      files: components['schemas']['FileDto'][];
      /** Format: uuid */
      id: string;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      lodgedAt: string;
      reason: string;
      /** @enum {string} */
      status: 'open' | 'upheld' | 'dismissed';
      /** Format: uuid */
      unitId: string;
    };
    ObjectionInputDto: {
      /** @description file ids from POST /files (photos, scans) */
      files?: string[];
      /** @description 异议: what is wrong and why */
      reason: string;
      /**
       * Format: uuid
       * @description the unit you object for, when you act for several
       */
      unitId?: string;
    };
    ObligationAttendanceDto: {
      items: components['schemas']['AttendanceEntryDto'][];
      /** Format: uuid */
      personId: string;
    };
    ObligationCadenceDto: {
      /**
       * @description cron: Temporal's cron dialect
       * @example 0 9 * * MON
       */
      expression?: string;
      /** @enum {string} */
      kind: 'monthly' | 'quarterly' | 'half_yearly' | 'yearly' | 'cron';
    };
    ObligationCountsDto: {
      byLight: components['schemas']['ObligationLightCountsDto'];
      byOutcome: components['schemas']['ObligationOutcomeCountsDto'];
      byUnit: components['schemas']['ObligationUnitCountsDto'][];
      total: number;
    };
    ObligationDetailDto: {
      allowedActions: ('submit' | 'confirm' | 'send_back')[];
      chases: number;
      /**
       * Format: date
       * @description the last day a record is accepted
       * @example 2026-12-31
       */
      closes: string;
      /** Format: uuid */
      confirmingUnitId: string | null;
      confirmingUnitName: string | null;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      doneAt: string | null;
      /**
       * Format: date
       * @description 记实截止
       * @example 2026-12-31
       */
      due: string;
      escalationLevel: number;
      /**
       * Format: date
       * @example 2026-12-31
       */
      firstSubmittedOn: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      light: 'green' | 'yellow' | 'red';
      /** @enum {string} */
      outcome: 'on_time' | 'late' | 'missed' | 'pending';
      /** @example 2027-03 */
      period: string;
      /**
       * Format: date
       * @example 2026-12-31
       */
      periodEnd: string;
      /**
       * Format: date
       * @example 2026-12-31
       */
      periodStart: string;
      records: components['schemas']['ObligationRecordDto'][];
      /** Format: uuid */
      regionId: string | null;
      regionName: string | null;
      requires: components['schemas']['RecordRequirementsDto'];
      /** @enum {string} */
      status: 'open' | 'recorded' | 'sent_back' | 'done' | 'missed';
      timeline: components['schemas']['ObligationEventDto'][];
      /** Format: uuid */
      typeId: string;
      typeName: string;
      typeVersion: number;
      /** Format: uuid */
      unitId: string;
      unitName: string;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      updatedAt: string;
    };
    ObligationEntryDto: {
      chases: number;
      /**
       * Format: date
       * @description the last day a record is accepted
       * @example 2026-12-31
       */
      closes: string;
      /** Format: uuid */
      confirmingUnitId: string | null;
      confirmingUnitName: string | null;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      doneAt: string | null;
      /**
       * Format: date
       * @description 记实截止
       * @example 2026-12-31
       */
      due: string;
      escalationLevel: number;
      /**
       * Format: date
       * @example 2026-12-31
       */
      firstSubmittedOn: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      light: 'green' | 'yellow' | 'red';
      /** @enum {string} */
      outcome: 'on_time' | 'late' | 'missed' | 'pending';
      /** @example 2027-03 */
      period: string;
      /**
       * Format: date
       * @example 2026-12-31
       */
      periodEnd: string;
      /**
       * Format: date
       * @example 2026-12-31
       */
      periodStart: string;
      /** Format: uuid */
      regionId: string | null;
      regionName: string | null;
      /** @enum {string} */
      status: 'open' | 'recorded' | 'sent_back' | 'done' | 'missed';
      /** Format: uuid */
      typeId: string;
      typeName: string;
      typeVersion: number;
      /** Format: uuid */
      unitId: string;
      unitName: string;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      updatedAt: string;
    };
    ObligationEventDto: {
      actor: string | null;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      at: string;
      /** @example recorded */
      kind: string;
      reason: string | null;
      seq: number;
    };
    ObligationLightCountsDto: {
      green: number;
      red: number;
      yellow: number;
    };
    ObligationOutcomeCountsDto: {
      late: number;
      missed: number;
      on_time: number;
      pending: number;
    };
    ObligationPageDto: {
      items: components['schemas']['ObligationEntryDto'][];
      /** @description all matches, not only this page */
      total: number;
    };
    ObligationRecordDto: {
      attempt: number;
      attendees: components['schemas']['AttendeeDto'][];
      attendeesCount: number | null;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      decidedAt: string | null;
      /** @description 'confirmed' or 'sent_back'; null while it awaits the lead unit */
      decision: string | null;
      decisionReason: string | null;
      files: components['schemas']['FileDto'][];
      /**
       * Format: date
       * @example 2026-12-31
       */
      heldOn: string;
      /** Format: uuid */
      id: string;
      minutes: string;
      notSharedReason: string | null;
      shared: boolean;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      submittedAt: string;
      submittedBy: string;
      title: string;
    };
    ObligationTriggerDto: {
      /** @example 2027-Q1 */
      period: string;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      triggeredAt: string;
      /** Format: uuid */
      typeId: string;
    };
    ObligationTypeDefinitionDto: {
      appliesTo: components['schemas']['AppliesToDto'];
      cadence: components['schemas']['ObligationCadenceDto'];
      closeAfterWorkingDays: number;
      confirmation: boolean;
      name: string;
      policyVersion: number | null;
      requires: components['schemas']['RecordRequirementsDto'];
      window: components['schemas']['ObligationWindowDto'];
    };
    ObligationTypeDetailDto: {
      appliesTo: components['schemas']['AppliesToDto'];
      cadence: components['schemas']['ObligationCadenceDto'];
      closeAfterWorkingDays: number;
      code: string;
      confirmation: boolean;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      createdAt: string;
      /**
       * Format: date
       * @description the first day the newest version governs
       * @example 2026-12-31
       */
      effectiveFrom: string;
      /** Format: uuid */
      id: string;
      name: string;
      paused: boolean;
      policyVersion: number | null;
      requires: components['schemas']['RecordRequirementsDto'];
      /** @example obligation-type-<id> */
      scheduleId: string;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      updatedAt: string;
      version: number;
      versions: components['schemas']['ObligationTypeVersionDto'][];
      window: components['schemas']['ObligationWindowDto'];
    };
    ObligationTypeDto: {
      appliesTo: components['schemas']['AppliesToDto'];
      cadence: components['schemas']['ObligationCadenceDto'];
      closeAfterWorkingDays: number;
      code: string;
      confirmation: boolean;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      createdAt: string;
      /**
       * Format: date
       * @description the first day the newest version governs
       * @example 2026-12-31
       */
      effectiveFrom: string;
      /** Format: uuid */
      id: string;
      name: string;
      paused: boolean;
      policyVersion: number | null;
      requires: components['schemas']['RecordRequirementsDto'];
      /** @example obligation-type-<id> */
      scheduleId: string;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      updatedAt: string;
      version: number;
      window: components['schemas']['ObligationWindowDto'];
    };
    ObligationTypeListDto: {
      items: components['schemas']['ObligationTypeDto'][];
    };
    ObligationTypeVersionDto: {
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      createdAt: string;
      definition: components['schemas']['ObligationTypeDefinitionDto'];
      /**
       * Format: date
       * @example 2026-12-31
       */
      effectiveFrom: string;
      version: number;
    };
    ObligationUnitCountsDto: {
      late: number;
      missed: number;
      on_time: number;
      pending: number;
      total: number;
      /** Format: uuid */
      unitId: string;
      unitName: string;
    };
    ObligationWindowDto: {
      /** @description day_of_last_month: by this day of the period's last month */
      day?: number;
      /** @description working_days: within this many working days of the opening */
      days?: number;
      /** @enum {string} */
      kind: 'day_of_last_month' | 'working_days';
    };
    OpenEarlierItemDto: {
      /**
       * Format: date
       * @example 2026-12-31
       */
      deadline: string;
      /** Format: uuid */
      itemId: string;
      /** @enum {string} */
      light: 'green' | 'yellow' | 'red';
      status: string;
      title: string;
      /** Format: uuid */
      unitId: string;
    };
    PairDto: {
      /**
       * Format: uuid
       * @description the unit it inspects
       */
      inspectee: string;
      /**
       * Format: uuid
       * @description the unit that inspects
       */
      inspector: string;
    };
    PendingExtensionDto: {
      /**
       * Format: date
       * @example 2026-12-31
       */
      proposedDeadline: string;
      reason: string;
      /** Format: uuid */
      requestedBy: string;
      /** Format: uuid */
      requestId: string;
    };
    PeriodScoreDto: {
      /** @description the 考核细则 version that scored it (the latest, for a sum of months) */
      indicatorSetVersion: number;
      lines: components['schemas']['ScoreLineDto'][];
      /**
       * @description 'YYYY-MM', 'YYYY-Qn' or 'YYYY'
       * @example 2026-03
       */
      period: string;
      points: number;
      /** Format: uuid */
      unitId: string;
    };
    PersonDto: {
      active: boolean;
      email: string | null;
      /** Format: uuid */
      id: string;
      name: string;
      phone: string | null;
      roles: components['schemas']['RoleAssignmentDto'][];
      /** Format: uuid */
      unitId: string;
    };
    PersonListDto: {
      items: components['schemas']['PersonDto'][];
    };
    PhaseDueTimesDto: {
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      meeting: string;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      mutualInspectionDue: string;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      reportDue: string;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      selfCheckDue: string;
    };
    PhaseOffsetDto: {
      /** @enum {string} */
      dayKind: 'working' | 'calendar';
      days: number;
      /**
       * @description local time; absent = the cycle start’s time of day
       * @example 18:00
       */
      time?: string;
    };
    PhaseWindowsDto: {
      meeting: components['schemas']['PhaseOffsetDto'];
      mutualInspectionDue: components['schemas']['PhaseOffsetDto'];
      reportDue: components['schemas']['PhaseOffsetDto'];
      selfCheckDue: components['schemas']['PhaseOffsetDto'];
    };
    PointsRankDto: {
      points: number;
      /** @description places climbed (negative: fell), in a change */
      rank: number;
    };
    PolicySetDto: {
      base: components['schemas']['ItemPolicyDto'];
      /** @description per severity (minor, major, critical): fields of the base that differ */
      bySeverity: {
        [key: string]: {
          [key: string]: unknown;
        };
      };
      version: number;
    };
    PolicySetVersionDto: {
      base: components['schemas']['ItemPolicyDto'];
      /** @description per severity (minor, major, critical): fields of the base that differ */
      bySeverity: {
        [key: string]: {
          [key: string]: unknown;
        };
      };
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      createdAt: string;
      note: string | null;
      version: number;
    };
    PolicySetVersionListDto: {
      items: components['schemas']['PolicySetVersionDto'][];
    };
    PreferencesDto: {
      /**
       * @example {
       *       "reminder": [
       *         "inbox"
       *       ],
       *       "escalation": [
       *         "inbox",
       *         "email"
       *       ]
       *     }
       */
      channels?: {
        [key: string]: ('inbox' | 'email')[];
      };
      deliveryWindow?: components['schemas']['DeliveryWindowDto'] | null;
      /** @example zhang.hua@example.cn */
      email?: string | null;
      /** @enum {string} */
      locale?: 'zh' | 'en';
    };
    PreferencesViewDto: {
      /**
       * @description channels per kind (reminder, overdue_chase, escalation, report, event)
       * @example {
       *       "reminder": [
       *         "inbox"
       *       ]
       *     }
       */
      channels: {
        [key: string]: ('inbox' | 'email')[];
      };
      /** @description quiet hours; null = any time */
      deliveryWindow: components['schemas']['DeliveryWindowViewDto'] | null;
      email: string | null;
      /** @enum {string} */
      locale: 'zh' | 'en';
    };
    ProbeDto: {
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      completedAt: string | null;
      echo: string | null;
      /** Format: uuid */
      id: string;
      message: string;
      /**
       * @description pending until the worker has written the echo
       * @enum {string}
       */
      status: 'pending' | 'completed';
      workflowId: string;
    };
    ProgrammeDefaultsDto: {
      cadence: components['schemas']['CadenceDto'];
      /** @enum {string} */
      pairingStrategy: 'rotation';
      phaseWindows: components['schemas']['PhaseWindowsDto'];
      /** @description 屡查屡犯: earlier cycles searched for repeat findings */
      repeatLookback: number;
      rubric: components['schemas']['RubricDto'];
    };
    ProgrammeDetailDto: {
      cadence: components['schemas']['CadenceDto'];
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      createdAt: string;
      /** Format: uuid */
      createdBy: string;
      /** Format: uuid */
      id: string;
      name: string;
      /** @enum {string} */
      pairingStrategy: 'rotation';
      participants: string[];
      paused: boolean;
      phaseWindows: components['schemas']['PhaseWindowsDto'];
      /** @description null = the newest policy when a cycle starts */
      policyVersion: number | null;
      /** Format: uuid */
      regionId: string;
      repeatLookback: number;
      rubric: components['schemas']['RubricDto'];
      /** @description null when Temporal has no Schedule for it */
      schedule: components['schemas']['ScheduleDto'] | null;
      /** @example programme-<id> */
      scheduleId: string;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      updatedAt: string;
    };
    ProgrammeDto: {
      cadence: components['schemas']['CadenceDto'];
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      createdAt: string;
      /** Format: uuid */
      createdBy: string;
      /** Format: uuid */
      id: string;
      name: string;
      /** @enum {string} */
      pairingStrategy: 'rotation';
      participants: string[];
      paused: boolean;
      phaseWindows: components['schemas']['PhaseWindowsDto'];
      /** @description null = the newest policy when a cycle starts */
      policyVersion: number | null;
      /** Format: uuid */
      regionId: string;
      repeatLookback: number;
      rubric: components['schemas']['RubricDto'];
      /** @example programme-<id> */
      scheduleId: string;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      updatedAt: string;
    };
    ProgrammeListDto: {
      items: components['schemas']['ProgrammeDto'][];
    };
    QuarterReviewDto: {
      comment: string;
      /** Format: uuid */
      id: string;
      quarter: number;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      reviewedAt: string;
      /** Format: uuid */
      reviewedBy: string;
      reviewerName: string;
      /** Format: uuid */
      unitId: string;
      year: number;
    };
    QuarterReviewInputDto: {
      /** @description 点评: what the unit did well, and what it must improve */
      comment: string;
      /**
       * @description a quarter that is over
       * @example 3
       */
      quarter: number;
      /** @example 2026 */
      year: number;
    };
    QuarterReviewListDto: {
      items: components['schemas']['QuarterReviewDto'][];
    };
    QuarterReviewSummaryDto: {
      /** @description 点评 in force (the newest) */
      comment: string;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      reviewedAt: string;
      reviewerName: string;
      /** @description how many versions were written (older ones are kept) */
      versions: number;
    };
    QuarterScoreDto: {
      /** @description the 考核细则 version that scored it (the latest, for a sum of months) */
      indicatorSetVersion: number;
      lines: components['schemas']['ScoreLineDto'][];
      /**
       * @description 'YYYY-MM', 'YYYY-Qn' or 'YYYY'
       * @example 2026-03
       */
      period: string;
      points: number;
      /** @description 一季一评议: the lead unit's 点评 */
      review: components['schemas']['QuarterReviewSummaryDto'] | null;
      /** Format: uuid */
      unitId: string;
    };
    RankingEntryDto: {
      /** @description competition ranking (1, 1, 3) */
      rank: number;
      /** @description places moved up since the previous cycle */
      rankChange?: number;
      /** @description weighted, 0–100, two decimals */
      total: number;
      totalChange?: number;
      /** Format: uuid */
      unitId: string;
      unitName: string;
    };
    RankingRowDto: {
      /** @description points gained and places climbed since */
      change: components['schemas']['PointsRankDto'] | null;
      points: number;
      /** @description the previous period */
      previous: components['schemas']['PointsRankDto'] | null;
      /** @description equal points share a rank */
      rank: number;
      /** @description a year's stars (provisional unless source is rating); null otherwise */
      stars: number | null;
      /** Format: uuid */
      unitId: string;
      unitName: string;
    };
    RatedUnitDto: {
      adjustments: components['schemas']['AdjustmentDto'][];
      months: components['schemas']['MonthPointsDto'][];
      /** @description after adjustments */
      points: number;
      /** @description equal points share a rank */
      rank: number;
      stars: number;
      /** Format: uuid */
      unitId: string;
      unitName: string;
      /** @description the year's lines before adjustments */
      year: components['schemas']['PeriodScoreDto'];
    };
    RatingBandDto: {
      minPoints?: number;
      /** @description between 0 and 1 */
      share?: number;
      stars: number;
    };
    RatingChangeDto: {
      /** Format: uuid */
      actorPersonId: string;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      at: string;
      /** @enum {string} */
      kind: 'adjustment' | 'objection_upheld' | 'revision';
      points: number;
      reason: string;
      seq: number;
      /** Format: uuid */
      unitId: string;
    };
    RatingDetailDto: {
      changes: components['schemas']['RatingChangeDto'][];
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      finalisedAt: string | null;
      /** Format: uuid */
      id: string;
      /**
       * Format: date-time
       * @description 公示 ends
       */
      noticeEndsAt: string | null;
      /** @description a member unit sees its own */
      objections: components['schemas']['ObjectionDto'][];
      /** @enum {string} */
      phase: 'computing' | 'review' | 'notice' | 'answering' | 'approval' | 'final';
      /** Format: uuid */
      regionId: string;
      regionName: string;
      /** @description for member units only from 公示 on */
      results: components['schemas']['RatingResultsDto'] | null;
      /** @description recorded changes so far */
      revision: number;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      startedAt: string;
      year: number;
    };
    RatingDto: {
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      finalisedAt: string | null;
      /** Format: uuid */
      id: string;
      /**
       * Format: date-time
       * @description 公示 ends
       */
      noticeEndsAt: string | null;
      /** @enum {string} */
      phase: 'computing' | 'review' | 'notice' | 'answering' | 'approval' | 'final';
      /** Format: uuid */
      regionId: string;
      regionName: string;
      /** @description for member units only from 公示 on */
      results: components['schemas']['RatingResultsDto'] | null;
      /** @description recorded changes so far */
      revision: number;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      startedAt: string;
      year: number;
    };
    RatingListDto: {
      items: components['schemas']['RatingDto'][];
    };
    RatingResultsDto: {
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      computedAt: string;
      units: components['schemas']['RatedUnitDto'][];
    };
    RatingStartDto: {
      /**
       * @description 公示 length in working days
       * @example 5
       */
      noticeWorkingDays?: number;
      /** Format: uuid */
      regionId: string;
      /**
       * @description a year that is over
       * @example 2026
       */
      year: number;
    };
    ReadersDto: {
      /** @example 42 */
      notificationId: string;
      readers: components['schemas']['ReaderStatusDto'][];
    };
    ReaderStatusDto: {
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      acknowledgedAt: string | null;
      name: string;
      /** Format: uuid */
      personId: string;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      readAt: string | null;
    };
    ReassignDto: {
      reason: string;
      /** Format: uuid */
      responsiblePersonId?: Record<string, never> | null;
      /** Format: uuid */
      responsibleUnitId: string;
    };
    RebaseDto: {
      /** @description only these items; default every live item on an older version */
      itemIds?: string[];
    };
    RebaseResultDto: {
      /** @description items moved onto the version */
      rebased: string[];
      skipped: components['schemas']['RebaseSkipDto'][];
    };
    RebaseSkipDto: {
      /** Format: uuid */
      id: string;
      reason: string;
    };
    ReconciliationDto: {
      closed: number;
      found: number;
      open: number;
      overdue: number;
      /** Format: uuid */
      unitId: string;
      unitName: string;
    };
    RecordDecisionDto: {
      /** @description true: confirmed (counts); false: refused (a reason is required) */
      confirm: boolean;
      reason?: string;
    };
    RecordInputDto: {
      /** @description file ids from POST /files (photos, scans) */
      files?: string[];
      note?: string;
      /**
       * Format: date
       * @description the day it happened
       * @example 2026-11-20
       */
      occurredOn: string;
      /** @example three_meetings_one_lesson */
      recordType: string;
      /** @example 11月支委会 */
      title: string;
      /**
       * Format: uuid
       * @description the unit that did it
       */
      unitId: string;
    };
    RecordRequirementsDto: {
      attendeesCount: boolean;
      minFiles: number;
      minutes: boolean;
    };
    RecordSharingDto: {
      /** @description why not shared (required with shared: false) */
      reason?: string;
      /** @description false keeps the record off the region feed (晒) */
      shared: boolean;
    };
    RecordSharingResultDto: {
      notSharedReason: string | null;
      /** Format: uuid */
      recordId: string;
      shared: boolean;
    };
    RegionComparisonDto: {
      months: string[];
      period: string;
      regions: components['schemas']['RegionComparisonRowDto'][];
    };
    RegionComparisonRowDto: {
      averagePoints: number;
      /** @description items still open past their deadline at the end of the period's last month */
      overdueItems: number;
      /** Format: uuid */
      regionId: string;
      regionName: string;
      /** @description units per star, of the period's year */
      stars: components['schemas']['StarCountsDto'];
      /** @enum {string} */
      starsSource: 'rating' | 'provisional';
      /** @description rated units */
      units: number;
    };
    RegionDto: {
      /** @example wuhu */
      code: string;
      /** Format: uuid */
      id: string;
      /** @description 主责单位 */
      leadUnit: components['schemas']['RegionLeadUnitDto'];
      members: components['schemas']['RegionMemberDto'][];
      /** @example 芜湖片区 */
      name: string;
    };
    RegionLeadUnitDto: {
      /** Format: uuid */
      id: string;
      name: string;
    };
    RegionListDto: {
      items: components['schemas']['RegionDto'][];
    };
    RegionMemberDto: {
      code: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'committee' | 'general_branch' | 'branch' | 'group';
      name: string;
    };
    RegionRankingDto: {
      /** @description its months that are over (counted) */
      months: string[];
      /**
       * @description 'YYYY-MM', 'YYYY-Qn' or 'YYYY'
       * @example 2026-Q3
       */
      period: string;
      previousPeriod: string;
      /** Format: uuid */
      ratingId: string | null;
      /** Format: uuid */
      regionId: string;
      regionName: string;
      /**
       * @description live: counted from the facts now; rating: the year's published result
       * @enum {string}
       */
      source: 'live' | 'rating';
      units: components['schemas']['RankingRowDto'][];
    };
    RegionStatsDto: {
      /** @description creation to 销号, days, one decimal */
      avgDaysToClose: number | null;
      closed: number;
      /** @description closed on time, percent of closed; null before any closure */
      closedOnTimePct: number | null;
      open: number;
      overdue: number;
      /** Format: uuid */
      regionId: string;
      regionName: string;
    };
    RepeatCountDto: {
      count: number;
      /** Format: uuid */
      unitId: string;
    };
    ReportFindingDto: {
      criterionKey: string;
      description: string;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      itemId: string;
      /** @description 屡查屡犯 */
      repeat: boolean;
      /** @enum {string} */
      severity: 'minor' | 'major' | 'critical';
      /** Format: uuid */
      unitId: string;
    };
    ReportProgressDto: {
      /** @description file ids from POST /files (photos, scans) */
      files?: string[];
      progress: string;
    };
    RequestExtensionDto: {
      /** @description file ids from POST /files (photos, scans) */
      files?: string[];
      /** @example 2027-01-31 */
      proposedDeadline: string;
      reason: string;
    };
    RobotChannelDto: {
      deliveryWindow?: components['schemas']['DeliveryWindowDto'] | null;
      /** @default true */
      enabled?: boolean;
      /**
       * @example [
       *       "reminder",
       *       "overdue_chase",
       *       "escalation",
       *       "report",
       *       "event"
       *     ]
       */
      kinds?: ('reminder' | 'overdue_chase' | 'escalation' | 'report' | 'event')[];
      /** @description signing secret (DingTalk 加签 / Feishu 签名校验); never returned */
      secret?: string | null;
      /** @example https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=… */
      webhookUrl: string;
    };
    RobotChannelViewDto: {
      /** @enum {string} */
      channel: 'wecom' | 'dingtalk' | 'feishu';
      /** @description null = any time */
      deliveryWindow: components['schemas']['DeliveryWindowViewDto'] | null;
      enabled: boolean;
      hasSecret: boolean;
      kinds: ('reminder' | 'overdue_chase' | 'escalation' | 'report' | 'event')[];
      /** Format: uuid */
      unitId: string;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      updatedAt: string;
      /** @description masked: the webhook's key never leaves the server */
      webhookUrl: string;
    };
    RobotChannelViewListDto: {
      items: components['schemas']['RobotChannelViewDto'][];
    };
    RobotTestResultDto: {
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      at: string;
      /** @enum {string} */
      channel: 'wecom' | 'dingtalk' | 'feishu';
      /** @description the platform took the message */
      delivered: boolean;
      /**
       * @description why not: refused_by_policy (host not allowed), unreachable, redirect, http_error, platform_refused (a wrong key or signature)
       * @enum {string|null}
       */
      problem: 'refused_by_policy' | 'unreachable' | 'redirect' | 'http_error' | 'platform_refused' | null;
      /** @description the HTTP status the robot answered */
      status: number | null;
      /** Format: uuid */
      unitId: string;
    };
    RoleAssignmentDto: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      role: 'system_admin' | 'lead_admin' | 'branch_secretary' | 'committee_member';
      /** Format: uuid */
      unitId: string;
    };
    RubricDto: {
      /** @description 考核细则 */
      criteria: components['schemas']['CriterionDto'][];
    };
    ScheduleActionDto: {
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      scheduledAt: string;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      takenAt: string;
      workflowId: string;
    };
    ScheduleDto: {
      catchupWindowMs: number;
      /** @description the next fires, ISO 8601 (UTC) */
      nextActionTimes: string[];
      note: string | null;
      numActionsTaken: number;
      /** @example ALLOW_ALL */
      overlap: string;
      paused: boolean;
      recentActions: components['schemas']['ScheduleActionDto'][];
      scheduleId: string;
      /** @example Asia/Shanghai */
      timeZone: string | null;
    };
    ScoreCardDto: {
      /** @description the months of the year scored, up to `month` */
      endedMonths: string[];
      /** @description what each ref of the months' lines is, to check a line by */
      facts: components['schemas']['FactLabelDto'][];
      /**
       * @description the card is as of this month's end
       * @example 2026-11
       */
      month: string;
      /** @description 一月一评价 */
      months: components['schemas']['PeriodScoreDto'][];
      /** @description 一季一评议: the sums of the quarters, with 点评 */
      quarters: components['schemas']['QuarterScoreDto'][];
      /** @description the year's star rating: for the unit once published (公示), for the lead unit and committee also before */
      rating: components['schemas']['CardRatingDto'] | null;
      /** Format: uuid */
      regionId: string;
      regionName: string;
      /** @description 本月 */
      thisMonth: components['schemas']['PeriodScoreDto'] | null;
      /** @description 本季度, up to `month` */
      thisQuarter: components['schemas']['QuarterScoreDto'] | null;
      /** @description the year up to `month` */
      total: components['schemas']['PeriodScoreDto'];
      /** @description the 12 months ending with `month` */
      trend: components['schemas']['TrendPointDto'][];
      /** Format: uuid */
      unitId: string;
      unitName: string;
      year: number;
    };
    ScoreLineDto: {
      capped: boolean;
      /** @example closed_on_time */
      indicatorKey: string;
      /** @example 按期整改销号 */
      name: string;
      points: number;
      /** @description before the cap */
      raw: number;
      /** @description ids of the facts counted (cycles, items, findings, records) */
      refs: string[];
    };
    SessionPersonDto: {
      /** Format: uuid */
      id: string;
      /** @example 中江桥党支部书记 张华 */
      name: string;
    };
    SignedInDto: {
      /** @description send it as X-CSRF-Token on every write made with the session cookie */
      csrfToken: string;
      /**
       * Format: date-time
       * @description idle expiry; moves on with every request
       */
      expiresAt: string;
      person: components['schemas']['SessionPersonDto'];
      /**
       * @description where the page goes next: the checked return path
       * @example /app/items/8f0c…
       */
      redirectTo: string;
      remember: boolean;
    };
    SignInMethodsDto: {
      /** @description login and password */
      password: boolean;
      /** @description 单点登录 (OIDC) is configured */
      sso: boolean;
      /**
       * @description where the SSO button points
       * @example /auth/oidc/start
       */
      ssoStart?: string;
    };
    StarCountsDto: {
      1: number;
      2: number;
      3: number;
      4: number;
      5: number;
    };
    StarRatingRuleDto: {
      /** @description most stars first; below the last band: one star */
      bands: components['schemas']['RatingBandDto'][];
      /** @enum {string} */
      method: 'thresholds' | 'ranking';
    };
    StartProbeDto: {
      /** @example 互检 ping */
      message: string;
    };
    SubmissionDto: {
      comments?: string;
      /** @description file ids from POST /files (photos, scans) */
      files?: string[];
      findings: components['schemas']['FindingDto'][];
      /**
       * @description marks per rubric criterion (评判打分)
       * @example {
       *       "dangyuan": 90
       *     }
       */
      scores: Record<string, never>;
      /**
       * Format: uuid
       * @description the unit you act for, when you act for several
       */
      unitId?: string;
    };
    SubmissionViewDto: {
      comments: string;
      /** Format: uuid */
      id: string;
      /**
       * Format: uuid
       * @description the inspector itself for a self-check
       */
      inspecteeUnitId: string;
      /** Format: uuid */
      inspectorUnitId: string;
      /**
       * @description 自检 or 互检
       * @enum {string}
       */
      kind: 'self_check' | 'mutual_inspection';
      /** @description after the phase was due */
      late: boolean;
      /**
       * @description marks per rubric criterion (评判打分)
       * @example {
       *       "dangyuan": 90
       *     }
       */
      scores: {
        [key: string]: number;
      };
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      submittedAt: string;
      /** Format: uuid */
      submittedBy: string;
    };
    SubmitEvidenceDto: {
      /** @description free-text references (older clients); files are the evidence */
      attachments?: string[];
      /** @description 佐证材料: file ids from POST /files, at least one */
      files: string[];
      /** @example 已补齐全部标识，附照片 */
      text: string;
    };
    SubmitPlanDto: {
      /** @description file ids from POST /files (photos, scans) */
      files?: string[];
      /** @example 一周内补齐标识，两周内完成培训 */
      plan: string;
    };
    SubmitRecordDto: {
      /** @description people of the unit who attended (明细账) */
      attendeeIds?: string[];
      /** @description 参会人数 */
      attendeesCount?: number;
      /** @description file ids from POST /files (photos, scans) */
      files?: string[];
      /**
       * Format: date
       * @description the day it was held
       */
      heldOn?: string;
      /** @description 会议记录 */
      minutes?: string;
      /** @example 3月支委会：学习传达公司党委会议精神 */
      title?: string;
    };
    SubmittedDto: {
      /** Format: uuid */
      inspectorUnitId: string;
      /**
       * @description 自检 or 互检
       * @enum {string}
       */
      kind: 'self_check' | 'mutual_inspection';
    };
    TimelineEventDto: {
      actorName: string | null;
      /** Format: uuid */
      actorPersonId: string | null;
      /** @example responsible */
      actorSide: string | null;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      at: string;
      /** @description the event's content (plan text, evidence, the new deadline, …) */
      data: {
        [key: string]: unknown;
      };
      /** @description files the actor attached (photos, scans) */
      files: components['schemas']['FileDto'][];
      /** @example plan_submitted */
      kind: string;
      reason: string | null;
      /** @description order on the item, from 1 */
      seq: number;
    };
    TokenDto: {
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      createdAt: string;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      expiresAt: string | null;
      /** Format: uuid */
      id: string;
      label: string;
      /** Format: uuid */
      personId: string;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      revokedAt: string | null;
    };
    TokenListDto: {
      items: components['schemas']['TokenDto'][];
    };
    TrendPointDto: {
      indicatorSetVersion: number | null;
      /** @example 2026-03 */
      month: string;
      /** @description null: a month no indicator set scores */
      points: number | null;
    };
    TriggerResultDto: {
      /**
       * Format: uuid
       * @description the cycle it starts (or the one the period has): GET /cycles/{id} once it is written
       */
      cycleId: string;
      /** @example cycle-<programmeId>-2026-12 */
      cycleWorkflowId: string;
      /** @example 2026-12 */
      period: string;
      /** Format: uuid */
      programmeId: string;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      triggeredAt: string;
    };
    UnitCountsDto: {
      green: number;
      /** @description open items past their deadline */
      overdue: number;
      red: number;
      total: number;
      /** Format: uuid */
      unitId: string;
      unitName: string;
      yellow: number;
    };
    UnitDto: {
      /** @example wuhu-zjq-dzb */
      code: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'committee' | 'general_branch' | 'branch' | 'group';
      /** @example 芜湖中江桥项目党支部 */
      name: string;
      /** Format: uuid */
      parentId: string | null;
      /** @description materialised path of ids: /<root>/…/<id>/ */
      path: string;
    };
    UnitListDto: {
      items: components['schemas']['UnitDto'][];
    };
    UnitStatsDto: {
      /** @description creation to 销号, days, one decimal */
      avgDaysToClose: number | null;
      closed: number;
      /** @description closed on time, percent of closed; null before any closure */
      closedOnTimePct: number | null;
      open: number;
      overdue: number;
      regionName: string;
      /** Format: uuid */
      unitId: string;
      unitName: string;
    };
    UnitTreeDto: {
      children: components['schemas']['UnitTreeDto'][];
      /** @example wuhu-zjq-dzb */
      code: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'committee' | 'general_branch' | 'branch' | 'group';
      /** @example 芜湖中江桥项目党支部 */
      name: string;
      /** Format: uuid */
      parentId: string | null;
      /** @description materialised path of ids: /<root>/…/<id>/ */
      path: string;
    };
    UpdateObligationTypeDto: {
      /**
       * @description { kind: 'unit_kinds', unitKinds: ['branch', …] } or { kind: 'units', unitIds: [...] }
       * @example {
       *       "kind": "unit_kinds",
       *       "unitKinds": [
       *         "branch"
       *       ]
       *     }
       */
      appliesTo?: Record<string, never>;
      /**
       * @description { kind: 'monthly' | 'quarterly' | 'half_yearly' | 'yearly' } or { kind: 'cron', expression }
       * @example {
       *       "kind": "monthly"
       *     }
       */
      cadence?: Record<string, never>;
      /** @description working days after the due date a late record is accepted (default 5) */
      closeAfterWorkingDays?: number;
      /** @description the lead unit confirms each record (default true) */
      confirmation?: boolean;
      /** @example 支委会 */
      name?: string;
      /** @description the items' policy version for reminders; null = newest */
      policyVersion?: Record<string, never> | null;
      /** @description { attendeesCount: bool, minutes: bool, minFiles: 0–10 } (default true, true, 1) */
      requires?: Record<string, never>;
      /** @description when the record is due: { kind: 'day_of_last_month', day: 1–31 } (default 31: the period's last day) or { kind: 'working_days', days } */
      window?: Record<string, never>;
    };
    UpdatePersonDto: {
      active?: boolean;
      /** @example zhang@example.org */
      email?: string | null;
      /** @example 张书记 */
      name?: string;
      /** @example +86 138 0000 0000 */
      phone?: string | null;
      /**
       * Format: uuid
       * @description The unit the person belongs to
       */
      unitId?: string;
    };
    UpdateProgrammeDto: {
      /**
       * @description { kind: 'monthly', dayOfMonth: 1–28, time: 'HH:mm' } or { kind: 'cron', expression }; org time zone
       * @example {
       *       "kind": "monthly",
       *       "dayOfMonth": 25,
       *       "time": "09:00"
       *     }
       */
      cadence?: Record<string, never>;
      /** @example 芜湖片区月度互检 */
      name?: string;
      /**
       * @default rotation
       * @enum {string}
       */
      pairingStrategy?: 'rotation';
      /** @description member units taking part; default every member of the region */
      participants?: string[];
      /** @description selfCheckDue, mutualInspectionDue, meeting, reportDue: { days, dayKind, time? } */
      phaseWindows?: Record<string, never>;
      /** @description item policy version; null or absent = the newest at each cycle */
      policyVersion?: Record<string, never> | null;
      /**
       * @description 屡查屡犯: earlier cycles searched for repeat findings
       * @default 3
       */
      repeatLookback?: number;
      /** @description 考核细则: { criteria: [{ key, name, weight, maxScore }] }; default seed 000 */
      rubric?: Record<string, never>;
    };
    UpdateRegionDto: {
      /** @example wuhu */
      code?: string;
      /**
       * Format: uuid
       * @description 主责单位/牵头单位
       */
      leadUnitId?: string;
      /** @description 成员单位; the lead unit is added automatically */
      memberUnitIds?: string[];
      /** @example 芜湖片区 */
      name?: string;
    };
    UpdateUnitDto: {
      /**
       * @description Unique code: letters, digits, _ and -
       * @example wuhu-zhongjiang
       */
      code?: string;
      /**
       * @description 党委 committee · 党总支 general_branch · 党支部 branch · 党小组 group
       * @enum {string}
       */
      kind?: 'committee' | 'general_branch' | 'branch' | 'group';
      /** @example 芜湖中江桥项目党支部 */
      name?: string;
      /** Format: uuid */
      parentId?: string | null;
    };
    UploadFilesDto: {
      /** @description one or more files */
      file: string[];
    };
    VerifyDto: {
      /** @enum {string} */
      decision: 'approve' | 'reject';
      /** @description file ids from POST /files (photos, scans) */
      files?: string[];
      /** @description required when rejecting (退回) */
      reason?: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  AuditController_list: {
    parameters: {
      query?: {
        /** @description exactly: method and route */
        action?: string;
        actorPersonId?: string;
        limit?: number;
        since?: string;
        /** @description exactly: the route's ids joined by / (an item id, …) */
        target?: string;
        until?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEntryListDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  AuthController_activate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ActivateDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignedInDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description the link expired, was used or was replaced */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  AuthController_preview: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ActivationTokenDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActivationPreviewDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description the link expired, was used or was replaced */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignedInDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description wrong password, unknown or locked login: one shape */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description too many failures from this address */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  AuthController_logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description signed out (no body) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  AuthController_methods: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignInMethodsDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  AuthController_changePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePasswordDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EndedSessionsDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  BoardController_board: {
    parameters: {
      query?: {
        limit?: number;
        /** @description 片区 */
        regionId?: string;
        /** @description a responsible unit and its subtree */
        unitId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommitteeBoardDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  BoardController_items: {
    parameters: {
      query?: {
        /** @description nextCursor of the previous page (opaque) */
        cursor?: string;
        limit?: number;
        /** @description 片区 */
        regionId?: string;
        /** @description a responsible unit and its subtree */
        unitId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BoardItemsPageDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  PoliciesController_overrides: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarOverrideViewListDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  PoliciesController_putOverride: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        date: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CalendarOverrideDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarOverrideViewDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  PoliciesController_deleteOverride: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        date: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  CyclesController_list: {
    parameters: {
      query?: {
        programmeId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CycleListDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  CyclesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CycleDetailDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  CyclesController_inspect: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['InspectionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CycleStateDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  CyclesController_meeting: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MeetingDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CycleStateDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  CyclesController_report: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CycleReportDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  CyclesController_selfCheck: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SubmissionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CycleStateDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  DeliveriesController_list: {
    parameters: {
      query?: {
        limit?: components['schemas']['Object'];
        notificationId?: string;
        offset?: components['schemas']['Object'];
        state?: 'scheduled' | 'queued' | 'sending' | 'sent' | 'dead' | 'digested';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveryListDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  DeliveriesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveryDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  DeliveriesController_replay: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveryDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ProbesController_start: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StartProbeDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProbeDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ProbesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProbeDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  EvaluationController_records: {
    parameters: {
      query?: {
        unitId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EvaluationRecordListDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  EvaluationController_addRecord: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordInputDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EvaluationRecordDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  EvaluationController_decideRecord: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordDecisionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EvaluationRecordDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  EvaluationController_comparison: {
    parameters: {
      query: {
        /** @description a month of the year (not with quarter) */
        month?: number;
        /** @description a quarter of the year (一季一评议; not with month) */
        quarter?: number;
        year: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegionComparisonDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  EvaluationController_comparisonExport: {
    parameters: {
      query: {
        /** @description a month of the year (not with quarter) */
        month?: number;
        /** @description a quarter of the year (一季一评议; not with month) */
        quarter?: number;
        year: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the workbook */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  FilesController_upload: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': components['schemas']['UploadFilesDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FileListDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  FilesController_original: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
        };
      };
      /** @description unchanged since the ETag given in If-None-Match */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  FilesController_meta: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FileDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  FilesController_preview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
          'image/jpeg': string;
          'image/png': string;
        };
      };
      /** @description unchanged since the ETag given in If-None-Match */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  FilesController_thumbnail: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'image/jpeg': string;
          'image/png': string;
        };
      };
      /** @description unchanged since the ETag given in If-None-Match */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  HealthController_health: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthDto'];
        };
      };
    };
  };
  HealthController_details: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthDetailsDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthDetailsDto'];
        };
      };
    };
  };
  InboxController_list: {
    parameters: {
      query?: {
        /** @description only one item's messages */
        itemId?: string;
        /** @description only one kind (reminder, overdue_chase, escalation, …) */
        kind?: string;
        limit?: components['schemas']['Object'];
        offset?: components['schemas']['Object'];
        /** @description only messages you have not read */
        unreadOnly?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InboxPageDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  InboxController_acknowledge: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InboxEntryDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  InboxController_read: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InboxEntryDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  InboxController_ackLinkPage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The page (browsers), or what the link acknowledges */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AckLinkDto'];
          'text/html': string;
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Unknown or expired link (404), too many tries from one address (429) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
          'text/html': string;
        };
      };
      /** @description Unknown or expired link (404), too many tries from one address (429) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
          'text/html': string;
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  InboxController_acknowledgeByLink: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The page (browsers), or what the link acknowledges */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AckLinkDto'];
          'text/html': string;
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Unknown or expired link (404), too many tries from one address (429) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
          'text/html': string;
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Unknown or expired link (404), too many tries from one address (429) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
          'text/html': string;
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  EvaluationController_indicatorSets: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IndicatorSetListDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  EvaluationController_addIndicatorSet: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['IndicatorSetInputDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IndicatorSetDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ItemsController_list: {
    parameters: {
      query?: {
        /** @description comma-separated 督办 levels: 0,1,2 */
        escalationLevel?: string[];
        /** @description comma-separated: green,yellow,red (红黄绿灯) */
        light?: string[];
        limit?: components['schemas']['Object'];
        /** @description open items at least this many days past the deadline */
        minOverdueDays?: number;
        offset?: components['schemas']['Object'];
        /** @description words that must all occur in the title or description */
        q?: string;
        /** @description comma-separated */
        status?: string[];
        /** @description a responsible unit and its subtree */
        unitId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemListDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ItemsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateItemDto'];
      };
    };
    responses: {
      /** @description the item as the ledger shows it */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ItemsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemDetailDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  InboxController_itemAcknowledgements: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemAcknowledgementListDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ItemsController_cancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CancelDto'];
      };
    };
    responses: {
      /** @description the item after the action */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ItemsController_direct: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DirectiveDto'];
      };
    };
    responses: {
      /** @description the item after the action */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ItemsController_dossier: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/zip': string;
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ItemsController_submitEvidence: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SubmitEvidenceDto'];
      };
    };
    responses: {
      /** @description the item after the action */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ItemsController_decideExtension: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DecideExtensionDto'];
      };
    };
    responses: {
      /** @description the item after the action */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ItemsController_requestExtension: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RequestExtensionDto'];
      };
    };
    responses: {
      /** @description the item after the action */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ItemsController_submitPlan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SubmitPlanDto'];
      };
    };
    responses: {
      /** @description the item after the action */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ItemsController_reportProgress: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReportProgressDto'];
      };
    };
    responses: {
      /** @description the item after the action */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ItemsController_reassign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReassignDto'];
      };
    };
    responses: {
      /** @description the item after the action */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ItemsController_verify: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VerifyDto'];
      };
    };
    responses: {
      /** @description the item after the action */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  LedgerController_page: {
    parameters: {
      query?: {
        /** @description nextCursor of the previous page (opaque) */
        cursor?: string;
        /** @description the 互检 cycle that found the problem */
        cycleId?: string;
        /** @description comma-separated 督办 levels: 0,1,2 */
        escalationLevel?: string[];
        /** @description comma-separated: green,yellow,red (红黄绿灯) */
        light?: string[];
        limit?: number;
        /** @description 明细账: only items you are the responsible person of */
        mine?: boolean;
        /** @description open items at least this many days past the deadline */
        minOverdueDays?: number;
        /** @description words that must all occur in the title or description */
        q?: string;
        /** @description 片区 */
        regionId?: string;
        /** @description "-" for descending */
        sort?:
          | 'deadline'
          | '-deadline'
          | 'createdAt'
          | '-createdAt'
          | 'updatedAt'
          | '-updatedAt'
          | 'escalationLevel'
          | '-escalationLevel'
          | 'title'
          | '-title';
        /** @description comma-separated */
        status?: string[];
        /** @description a responsible unit and its subtree */
        unitId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LedgerPageDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  LedgerController_counts: {
    parameters: {
      query?: {
        /** @description the 互检 cycle that found the problem */
        cycleId?: string;
        /** @description comma-separated 督办 levels: 0,1,2 */
        escalationLevel?: string[];
        /** @description comma-separated: green,yellow,red (红黄绿灯) */
        light?: string[];
        /** @description 明细账: only items you are the responsible person of */
        mine?: boolean;
        /** @description open items at least this many days past the deadline */
        minOverdueDays?: number;
        /** @description words that must all occur in the title or description */
        q?: string;
        /** @description 片区 */
        regionId?: string;
        /** @description "-" for descending */
        sort?:
          | 'deadline'
          | '-deadline'
          | 'createdAt'
          | '-createdAt'
          | 'updatedAt'
          | '-updatedAt'
          | 'escalationLevel'
          | '-escalationLevel'
          | 'title'
          | '-title';
        /** @description comma-separated */
        status?: string[];
        /** @description a responsible unit and its subtree */
        unitId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LedgerCountsDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  LedgerController_export: {
    parameters: {
      query?: {
        /** @description the 互检 cycle that found the problem */
        cycleId?: string;
        /** @description comma-separated 督办 levels: 0,1,2 */
        escalationLevel?: string[];
        /** @description comma-separated: green,yellow,red (红黄绿灯) */
        light?: string[];
        /** @description 明细账: only items you are the responsible person of */
        mine?: boolean;
        /** @description open items at least this many days past the deadline */
        minOverdueDays?: number;
        /** @description words that must all occur in the title or description */
        q?: string;
        /** @description 片区 */
        regionId?: string;
        /** @description "-" for descending */
        sort?:
          | 'deadline'
          | '-deadline'
          | 'createdAt'
          | '-createdAt'
          | 'updatedAt'
          | '-updatedAt'
          | 'escalationLevel'
          | '-escalationLevel'
          | 'title'
          | '-title';
        /** @description comma-separated */
        status?: string[];
        /** @description a responsible unit and its subtree */
        unitId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the workbook */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  AuthController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  NotificationSettingsController_preferences: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PreferencesViewDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  NotificationSettingsController_savePreferences: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PreferencesDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PreferencesViewDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  InboxController_readers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReadersDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ObligationFeedController_sharing: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        recordId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordSharingDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecordSharingResultDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ObligationTypesController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ObligationTypeListDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ObligationTypesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateObligationTypeDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ObligationTypeDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ObligationTypesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ObligationTypeDetailDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ObligationTypesController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateObligationTypeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ObligationTypeDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ObligationTypesController_trigger: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ObligationTriggerDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ObligationTypesController_defaults: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['InstallDefaultsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ObligationTypeListDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ObligationsController_list: {
    parameters: {
      query?: {
        /** @description periods starting on or after */
        from?: string;
        /** @description comma-separated: green,yellow,red (红黄绿灯) */
        light?: string[];
        limit?: number;
        offset?: number;
        /** @description comma-separated: on_time, late, missed, pending */
        outcome?: string[];
        period?: string;
        /** @description 片区 */
        regionId?: string;
        /** @description comma-separated: open, recorded, sent_back, done, missed */
        status?: string[];
        /** @description periods starting on or before */
        to?: string;
        typeId?: string;
        /** @description a unit and its subtree */
        unitId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ObligationPageDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ObligationsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ObligationDetailDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ObligationsController_decide: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordDecisionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ObligationDetailDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ObligationsController_record: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SubmitRecordDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ObligationDetailDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ObligationsController_attendance: {
    parameters: {
      query?: {
        /** @description default: you */
        personId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ObligationAttendanceDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ObligationsController_counts: {
    parameters: {
      query?: {
        /** @description periods starting on or after */
        from?: string;
        /** @description comma-separated: green,yellow,red (红黄绿灯) */
        light?: string[];
        limit?: number;
        offset?: number;
        /** @description comma-separated: on_time, late, missed, pending */
        outcome?: string[];
        period?: string;
        /** @description 片区 */
        regionId?: string;
        /** @description comma-separated: open, recorded, sent_back, done, missed */
        status?: string[];
        /** @description periods starting on or before */
        to?: string;
        typeId?: string;
        /** @description a unit and its subtree */
        unitId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ObligationCountsDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ObligationsController_export: {
    parameters: {
      query?: {
        /** @description periods starting on or after */
        from?: string;
        /** @description comma-separated: green,yellow,red (红黄绿灯) */
        light?: string[];
        limit?: number;
        offset?: number;
        /** @description comma-separated: on_time, late, missed, pending */
        outcome?: string[];
        period?: string;
        /** @description 片区 */
        regionId?: string;
        /** @description comma-separated: open, recorded, sent_back, done, missed */
        status?: string[];
        /** @description periods starting on or before */
        to?: string;
        typeId?: string;
        /** @description a unit and its subtree */
        unitId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the workbook */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  PeopleController_list: {
    parameters: {
      query?: {
        unitId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonListDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  PeopleController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePersonDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  PeopleController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  PeopleController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdatePersonDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  AuthController_invite: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['InviteDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  PeopleController_grant: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['GrantRoleDto'];
      };
    };
    responses: {
      /** @description the person with the new role */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  PeopleController_revoke: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        assignmentId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the person without the role */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  AuthController_endSessions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EndedSessionsDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  PoliciesController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PolicySetVersionListDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  PoliciesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePolicyDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PolicySetVersionDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  PoliciesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        version: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PolicySetDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  PoliciesController_rebase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        version: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RebaseDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RebaseResultDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ProgrammesController_list: {
    parameters: {
      query?: {
        regionId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgrammeListDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ProgrammesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateProgrammeDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgrammeDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ProgrammesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgrammeDetailDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ProgrammesController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description deleted with its Schedule */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ProgrammesController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateProgrammeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgrammeDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ProgrammesController_pause: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgrammeDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ProgrammesController_resume: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgrammeDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ProgrammesController_trigger: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TriggerResultDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ProgrammesController_defaults: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgrammeDefaultsDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  EvaluationController_ratings: {
    parameters: {
      query?: {
        regionId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RatingListDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  EvaluationController_start: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RatingStartDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RatingDetailDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  EvaluationController_rating: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RatingDetailDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  EvaluationController_adjust: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AdjustDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RatingDetailDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  EvaluationController_approve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RatingDetailDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  EvaluationController_object: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ObjectionInputDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RatingDetailDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  EvaluationController_answer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        objectionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AnswerDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RatingDetailDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  EvaluationController_publish: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RatingDetailDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  EvaluationController_revise: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AdjustDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RatingDetailDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  RegionsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegionListDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  RegionsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateRegionDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegionDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  RegionsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegionDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  RegionsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  RegionsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateRegionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegionDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ObligationFeedController_feed: {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: never;
      path: {
        regionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FeedDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  EvaluationController_ranking: {
    parameters: {
      query: {
        /** @description a month of the year (not with quarter) */
        month?: number;
        /** @description a quarter of the year (一季一评议; not with month) */
        quarter?: number;
        year: number;
      };
      header?: never;
      path: {
        regionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegionRankingDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  EvaluationController_rankingExport: {
    parameters: {
      query: {
        /** @description a month of the year (not with quarter) */
        month?: number;
        /** @description a quarter of the year (一季一评议; not with month) */
        quarter?: number;
        year: number;
      };
      header?: never;
      path: {
        regionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the workbook */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  TokensController_list: {
    parameters: {
      query?: {
        personId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenListDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  TokensController_issue: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['IssueTokenDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IssuedTokenDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  TokensController_revoke: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description revoked */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  UnitsController_list: {
    parameters: {
      query?: {
        parentId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnitListDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  UnitsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUnitDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnitDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  UnitsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnitDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  UnitsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  UnitsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUnitDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnitDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  EvaluationController_quarterReviews: {
    parameters: {
      query: {
        year: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuarterReviewListDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  EvaluationController_reviewQuarter: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['QuarterReviewInputDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuarterReviewListDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  EvaluationController_scoreCard: {
    parameters: {
      query: {
        /** @description the card as of this month's end (default: the latest that is over) */
        month?: number;
        year: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScoreCardDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  EvaluationController_scoreCardExport: {
    parameters: {
      query: {
        /** @description the card as of this month's end (default: the latest that is over) */
        month?: number;
        year: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the workbook */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  UnitsController_tree: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnitTreeDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  NotificationSettingsController_listRobots: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        unitId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RobotChannelViewListDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  NotificationSettingsController_saveRobot: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        channel: string;
        unitId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RobotChannelDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RobotChannelViewDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  NotificationSettingsController_removeRobot: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        channel: string;
        unitId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  NotificationSettingsController_testRobot: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        channel: string;
        unitId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RobotTestResultDto'];
        };
      };
      /** @description Bad input: details.fields names every bad field and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No token, or an unknown, revoked or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Your roles lack the permission, or you act for the wrong side */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not allowed in the current state: details name the state and the allowed actions */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256 kB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests; wait a little and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An unexpected failure (a bug): quote the request id; nothing was half-written */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Temporal is unavailable; retry later */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
}
