// Generated from the server's OpenAPI document by `npm run gen:client`. Do not edit.
export interface paths {
    "/api/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Admin accounts in your subtree */
        get: operations["getApiAccounts"];
        put?: never;
        /** Create an admin account with a first role; returns a one-time initial password */
        post: operations["postApiAccounts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/grantable-roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The roles you may grant (holding all their permissions yourself) */
        get: operations["getApiAccountsGrantableRoles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One admin account */
        get: operations["getApiAccountsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{id}/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Grant a role on a union */
        post: operations["postApiAccountsByIdGrants"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{id}/grants/{grantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a role */
        delete: operations["deleteApiAccountsByIdGrantsByGrantId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disable an account and end its sessions */
        post: operations["postApiAccountsByIdDisable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enable an account */
        post: operations["postApiAccountsByIdEnable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a new initial password */
        post: operations["postApiAccountsByIdResetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/appeals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Appeals I filed */
        get: operations["getApiMeAppeals"];
        put?: never;
        /** Report a problem (wage arrears, dispute, injury, ...) */
        post: operations["postApiMeAppeals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/appeals/{id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer the handler’s question (the deadline resumes) */
        post: operations["postApiMeAppealsByIdReply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/appeals/{id}/rate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rate how my appeal was handled (once) */
        post: operations["postApiMeAppealsByIdRate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One appeal with its history and deadlines */
        get: operations["getApiAppealsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Appeals in my subtree */
        get: operations["getApiAppeals"];
        put?: never;
        /** Record an appeal from a hotline call */
        post: operations["postApiAppeals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept the case (first response) */
        post: operations["postApiAppealsByIdAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start work on it */
        post: operations["postApiAppealsByIdStart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/{id}/refer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refer to labour inspection, arbitration or a court */
        post: operations["postApiAppealsByIdRefer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/{id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refuse, with the reason the worker sees */
        post: operations["postApiAppealsByIdRefuse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/{id}/request-info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask the worker (the deadline pauses until they answer) */
        post: operations["postApiAppealsByIdRequestInfo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an internal note */
        post: operations["postApiAppealsByIdNotes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve with the outcome and the money recovered */
        post: operations["postApiAppealsByIdResolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen a closed case */
        post: operations["postApiAppealsByIdReopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeal-sla-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deadline policies in my subtree, and the defaults */
        get: operations["getApiAppealSlaPolicies"];
        /** Set the deadlines of a union (and its subtree) for a category */
        put: operations["putApiAppealSlaPolicies"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeal-sla-policies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a deadline policy */
        delete: operations["deleteApiAppealSlaPoliciesById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/work-calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Holidays and make-up working days of a year */
        get: operations["getApiWorkCalendar"];
        /** Mark a day as a holiday or a working day */
        put: operations["putApiWorkCalendar"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/work-calendar/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read the State Council's yearly holiday notice; with apply, write its holidays and make-up days */
        post: operations["postApiWorkCalendarImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/work-calendar/{day}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Return a day to the Monday–Friday rule */
        delete: operations["deleteApiWorkCalendarByDay"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/assistance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My assistance applications */
        get: operations["getApiMeAssistance"];
        put?: never;
        /** Apply for hardship assistance (needs separate consent) */
        post: operations["postApiMeAssistance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/assistance/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw my open application */
        post: operations["postApiMeAssistanceByIdWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assistance/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One application; officers add reveal=true (audited) for health, income and medical data */
        get: operations["getApiAssistanceById"];
        /** Correct a submitted application (the profile is computed again) */
        put: operations["putApiAssistanceById"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assistance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Applications in my subtree */
        get: operations["getApiAssistance"];
        put?: never;
        /** Enter an application for a member or a worker */
        post: operations["postApiAssistance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assistance/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Applications in my subtree, searched by a body that may hold a whole phone or ID number */
        post: operations["postApiAssistanceSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assistance/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the list (never health, income or medical data) */
        get: operations["getApiAssistanceExportCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assistance/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The household's archive */
        get: operations["getApiAssistanceByIdHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assistance/{id}/recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Help matching the profile */
        get: operations["getApiAssistanceByIdRecommendations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assistance/{id}/propose": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Propose an amount (approved at once within the base union’s authority) */
        post: operations["postApiAssistanceByIdPropose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assistance/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Federation approval above the threshold */
        post: operations["postApiAssistanceByIdApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assistance/{id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refuse, with the reason the applicant sees */
        post: operations["postApiAssistanceByIdRefuse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assistance/{id}/disbursements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a payment */
        post: operations["postApiAssistanceByIdDisbursements"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assistance/{id}/help": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record help given (job, material aid, ...) */
        post: operations["postApiAssistanceByIdHelp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assistance/{id}/reverify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the yearly re-verification */
        post: operations["postApiAssistanceByIdReverify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assistance/{id}/reviewers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who may be assigned to review the case (assistance officers of its union and above) */
        get: operations["getApiAssistanceByIdReviewers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assistance/{id}/reviewer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Assign the reviewer: the one officer who sees the case’s health, income and medical data */
        put: operations["putApiAssistanceByIdReviewer"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assistance-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rule versions, newest first */
        get: operations["getApiAssistanceRules"];
        put?: never;
        /** Publish a new rule version */
        post: operations["postApiAssistanceRules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assistance-programs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Help programs in my subtree */
        get: operations["getApiAssistancePrograms"];
        put?: never;
        /** Add a help program */
        post: operations["postApiAssistancePrograms"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assistance-programs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a help program */
        put: operations["putApiAssistanceProgramsById"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assistance-budgets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Budgets in my subtree */
        get: operations["getApiAssistanceBudgets"];
        /** Set a union's yearly budget */
        put: operations["putApiAssistanceBudgets"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the audit trail */
        get: operations["getApiAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit-events/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export matching audit events as CSV (audited) */
        get: operations["getApiAuditEventsExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in, the CSRF token and permissions */
        get: operations["getApiAuthSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/admin/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Admin sign-in with username and password */
        post: operations["postApiAuthAdminLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/admin/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Second factor: authenticator code */
        post: operations["postApiAuthAdminTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/admin/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your password */
        post: operations["postApiAuthAdminPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start authenticator enrolment */
        post: operations["postApiAuthTotpSetup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm enrolment with a first code */
        post: operations["postApiAuthTotpEnable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/phone/code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a code to the phone I give for reminders */
        post: operations["postApiAuthPhoneCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/phone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set my phone for reminders, proved by its code */
        put: operations["putApiAuthPhone"];
        post?: never;
        /** Remove my phone for reminders */
        delete: operations["deleteApiAuthPhone"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sms/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a sign-in code by SMS */
        post: operations["postApiAuthSmsRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/member/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Member sign-in with phone and SMS code */
        post: operations["postApiAuthMemberLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My active sessions */
        get: operations["getApiAuthSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sessions/{sid}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End one of my other sessions, or all of them (sid = others) */
        post: operations["postApiAuthSessionsBySidEnd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this session */
        post: operations["postApiAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/card": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My e-card with a fresh signed QR token */
        get: operations["getApiMeCard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/card/public-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public: the key stations use to verify e-cards offline */
        get: operations["getApiCardPublicKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/card/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Public: verify an e-card token online (also catches ended memberships) */
        post: operations["postApiCardVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cockpit/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Union and member figures for a union subtree, with its children for drill-down */
        get: operations["getApiCockpitOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/legal-slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open consultation slots for my union */
        get: operations["getApiMeLegalSlots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/consultations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My consultations */
        get: operations["getApiMeConsultations"];
        put?: never;
        /** Book a slot (one person per slot, at most 2 upcoming) */
        post: operations["postApiMeConsultations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/consultations/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel my booking before it starts */
        post: operations["postApiMeConsultationsByIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/legal-slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My slots and their bookings (lawyers) */
        get: operations["getApiLegalSlots"];
        put?: never;
        /** Publish a slot (lawyers) */
        post: operations["postApiLegalSlots"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/legal-slots/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a slot and its booking */
        post: operations["postApiLegalSlotsByIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record how a consultation went (lawyers) */
        post: operations["postApiConsultationsByIdOutcome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/legal-overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Use of the legal service in my subtree, per lawyer (no member identities or topics) */
        get: operations["getApiLegalOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/articles/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload an image for an article (JPEG or PNG by content, ≤ 5 MB; body = the bytes) */
        post: operations["postApiArticlesImages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/media/articles/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An article image: cached for a year (its address never changes), byte ranges served */
        get: operations["getMediaArticlesByName"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** News, policies and notices for me; a search (q) ranks the newest 1,000 matches and counts at most 1,000 */
        get: operations["getApiMeArticles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an article (counted once) */
        get: operations["getApiMeArticlesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Articles of unions in my subtree */
        get: operations["getApiArticles"];
        put?: never;
        /** Write a draft */
        post: operations["postApiArticles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An article with its history */
        get: operations["getApiArticlesById"];
        /** Edit a draft or a withdrawn article */
        put: operations["putApiArticlesById"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/articles/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish (where no review is needed) */
        post: operations["postApiArticlesByIdPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/articles/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send for a second editor's review */
        post: operations["postApiArticlesByIdSubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/articles/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve and publish (a second editor) */
        post: operations["postApiArticlesByIdApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/articles/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw from readers (or pull back from review) */
        post: operations["postApiArticlesByIdWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/articles/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send back to the author with a reason */
        post: operations["postApiArticlesByIdReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/articles/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach a file to an article being edited (PDF, docx, xlsx, pptx, JPEG, PNG by content, ≤ 20 MB) */
        post: operations["postApiArticlesByIdAttachments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/articles/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an attachment: for the article’s editors and the members it is published to */
        get: operations["getApiArticlesByIdAttachmentsByAttachmentId"];
        put?: never;
        post?: never;
        /** Remove an attachment from an article being edited */
        delete: operations["deleteApiArticlesByIdAttachmentsByAttachmentId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quiz/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The question bank of my subtree */
        get: operations["getApiQuizQuestions"];
        put?: never;
        /** Add a question to a union’s bank */
        post: operations["postApiQuizQuestions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quiz/questions/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add questions from a spreadsheet (.xlsx or .csv, body = the bytes, ≤ 5 MB): all or none */
        post: operations["postApiQuizQuestionsImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quiz/questions/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retire a question */
        post: operations["postApiQuizQuestionsByIdRetire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contests of my subtree */
        get: operations["getApiContests"];
        put?: never;
        /** Set up a contest (a draft) */
        post: operations["postApiContests"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One contest */
        get: operations["getApiContestsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a contest to its subtree */
        post: operations["postApiContestsByIdPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{id}/leaderboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Leaderboard by person */
        get: operations["getApiContestsByIdLeaderboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{id}/results.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The results by person and by union as a workbook (audited) */
        get: operations["getApiContestsByIdResultsXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{id}/unions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Leaderboard by union: participation and average */
        get: operations["getApiContestsByIdUnions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/contests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contests open to me */
        get: operations["getApiMeContests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/contests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One contest, with my best and rank */
        get: operations["getApiMeContestsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/contests/{id}/leaderboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The contest’s leaderboard (names masked) */
        get: operations["getApiMeContestsByIdLeaderboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/contests/{id}/attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start an attempt: the first question is served */
        post: operations["postApiMeContestsByIdAttempts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/contest-attempts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My attempt: the question being served, or the result */
        get: operations["getApiMeContestAttemptsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/contest-attempts/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer the question being served */
        post: operations["postApiMeContestAttemptsByIdAnswer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/phone-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a code to a new phone number before asking to change to it */
        post: operations["postApiMePhoneCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My correction requests */
        get: operations["getApiMeCorrections"];
        put?: never;
        /** Ask to correct my phone, employer or address */
        post: operations["postApiMeCorrections"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/corrections/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw my pending correction */
        post: operations["postApiMeCorrectionsByIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Correction requests in your subtree */
        get: operations["getApiCorrections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/corrections/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Apply a correction to the member record */
        post: operations["postApiCorrectionsByIdApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/corrections/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refuse a correction with a reason */
        post: operations["postApiCorrectionsByIdReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/courses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Courses of my subtree */
        get: operations["getApiCourses"];
        put?: never;
        /** Set up a course (a draft) */
        post: operations["postApiCourses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/courses/seat-offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Course offers a course’s seats may come from */
        get: operations["getApiCoursesSeatOffers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/courses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One course with its lessons */
        get: operations["getApiCoursesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a course not published */
        patch: operations["patchApiCoursesById"];
        trace?: never;
    };
    "/api/courses/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a course to its subtree */
        post: operations["postApiCoursesByIdPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/courses/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a course off members’ lists (their progress is kept) */
        post: operations["postApiCoursesByIdWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/courses/{id}/lessons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an article lesson */
        post: operations["postApiCoursesByIdLessons"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/courses/{id}/lessons/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a video (MP4, ≤ 200 MB) or PDF (≤ 20 MB) lesson; body = the file’s bytes */
        post: operations["postApiCoursesByIdLessonsUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/courses/{id}/lessons/{lessonId}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a lesson to another position */
        post: operations["postApiCoursesByIdLessonsByLessonIdMove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/courses/{id}/lessons/{lessonId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a lesson from a course not published */
        delete: operations["deleteApiCoursesByIdLessonsByLessonId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/media/lessons/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A lesson’s video or PDF: byte ranges served, cached for a year */
        get: operations["getMediaLessonsByName"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Offline sessions (班前十分钟 and others) of my subtree */
        get: operations["getApiTrainingSessions"];
        put?: never;
        /** Record a session held */
        post: operations["postApiTrainingSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training-sessions/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This year’s sessions and attendances, by kind */
        get: operations["getApiTrainingSessionsSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training-sessions/{id}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a photo from the site (JPEG or PNG, ≤ 5 MB, at most 3) */
        post: operations["postApiTrainingSessionsByIdPhotos"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training-sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a session recorded by mistake */
        delete: operations["deleteApiTrainingSessionsById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/media/training/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A session’s photo: cached for a year, byte ranges served */
        get: operations["getMediaTrainingByName"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/courses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Courses open to me, with my progress */
        get: operations["getApiMeCourses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/courses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One course with my progress in each lesson */
        get: operations["getApiMeCoursesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/courses/{id}/enrol": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enrol in a course */
        post: operations["postApiMeCoursesByIdEnrol"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/lessons/{id}/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open a lesson: its clock starts and “continue” comes back here */
        post: operations["postApiMeLessonsByIdOpen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/lessons/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Where my video is; study time is counted on the server */
        post: operations["postApiMeLessonsByIdProgress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/lessons/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** I have finished this lesson */
        post: operations["postApiMeLessonsByIdComplete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/certificates/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My certificate of completion */
        get: operations["getApiMeCertificatesByCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certificates/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check a printed certificate code (the name masked) */
        get: operations["getApiCertificatesByCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Documents sent in my subtree, or received by my unions */
        get: operations["getApiDocuments"];
        put?: never;
        /** Send a document to every union of a level below */
        post: operations["postApiDocuments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A document, with its progress or my receipt */
        get: operations["getApiDocumentsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/recipients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who has read, replied or is late */
        get: operations["getApiDocumentsByIdRecipients"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign for it on behalf of my union */
        post: operations["postApiDocumentsByIdRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reply on behalf of my union (signs for it too) */
        post: operations["postApiDocumentsByIdReply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/remind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remind every union not done yet */
        post: operations["postApiDocumentsByIdRemind"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/employers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search employers by name or credit code */
        get: operations["getApiEmployers"];
        put?: never;
        /** Register an employer */
        post: operations["postApiEmployers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/employers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One employer */
        get: operations["getApiEmployersById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit an employer or change the union covering it */
        patch: operations["patchApiEmployersById"];
        trace?: never;
    };
    "/api/export-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My export requests and those I may decide */
        get: operations["getApiExportRequests"];
        put?: never;
        /** Ask for a bulk export (above the direct-export limit), with a reason */
        post: operations["postApiExportRequests"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export-requests/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve another officer’s export request */
        post: operations["postApiExportRequestsByIdApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export-requests/{id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refuse an export request, with a reason */
        post: operations["postApiExportRequestsByIdRefuse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export-requests/{id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an approved export, once, within a day (watermarked) */
        get: operations["getApiExportRequestsByIdDownload"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload evidence (JPEG, PNG or PDF by content, ≤ 10 MB; body = file bytes) */
        post: operations["postApiFiles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/files/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a file you may read */
        get: operations["getApiFilesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/member-imports/template.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The import template as CSV */
        get: operations["getApiMemberImportsTemplateCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/member-imports/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The import template as an Excel workbook */
        get: operations["getApiMemberImportsTemplateXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/member-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Imports in your subtree */
        get: operations["getApiMemberImports"];
        put?: never;
        /** Upload a roster (.xlsx or .csv, body = file bytes, ≤ 20 MB) and validate every row */
        post: operations["postApiMemberImports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/member-imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One import with its counts and commit progress */
        get: operations["getApiMemberImportsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/member-imports/{id}/rows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rows of an import with their outcome and errors */
        get: operations["getApiMemberImportsByIdRows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/member-imports/{id}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Commit the valid rows (runs in the background; poll the import) */
        post: operations["postApiMemberImportsByIdCommit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/member-imports/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The result of every row as CSV */
        get: operations["getApiMemberImportsByIdReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open jobs: by words, kind, pay, and near a point */
        get: operations["getApiMeJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/jobs/suggested": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Jobs suggested to me, each with why */
        get: operations["getApiMeJobsSuggested"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One open job (or one I applied to) */
        get: operations["getApiMeJobsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/jobs/{id}/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Apply with a short profile */
        post: operations["postApiMeJobsByIdApply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/job-applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My applications */
        get: operations["getApiMeJobApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/job-applications/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw my application */
        post: operations["postApiMeJobApplicationsByIdWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/job-seeker": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether I am sent jobs, and what I look for */
        get: operations["getApiMeJobSeeker"];
        /** Agree to be sent jobs (or withdraw that), and what I look for */
        put: operations["putApiMeJobSeeker"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/gig-boards/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A station’s open gigs today (its public board) */
        get: operations["getApiGigBoardsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/gig-walkins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A station’s walk-in registrations (phones masked) */
        get: operations["getApiGigWalkins"];
        put?: never;
        /** Register a walk-in worker at a station (with their consent to be texted) */
        post: operations["postApiGigWalkins"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Jobs of my subtree, those to review first */
        get: operations["getApiJobs"];
        put?: never;
        /** Post a job (a second cadre reviews it) */
        post: operations["postApiJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/wording": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Requirements the law forbids, found in a posting’s text */
        get: operations["getApiJobsWording"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A job */
        get: operations["getApiJobsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve (publish) or reject a job */
        post: operations["postApiJobsByIdReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a job to applications */
        post: operations["postApiJobsByIdClose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A job’s applicants */
        get: operations["getApiJobsByIdApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/job-applications/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite to an interview, hire or turn down (the member is told) */
        post: operations["postApiJobApplicationsByIdMove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/job-fairs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Job fairs not yet over, soonest first */
        get: operations["getApiMeJobFairs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/job-fairs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A job fair: its booths and their open jobs */
        get: operations["getApiMeJobFairsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/job-fairs/{id}/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register to come to a job fair */
        post: operations["postApiMeJobFairsByIdRegister"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/job-fairs/{id}/unregister": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** No longer coming to a job fair */
        post: operations["postApiMeJobFairsByIdUnregister"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/job-fairs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Job fairs of my subtree */
        get: operations["getApiJobFairs"];
        put?: never;
        /** Set up a job fair */
        post: operations["postApiJobFairs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/job-fairs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A job fair with its booths */
        get: operations["getApiJobFairsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/job-fairs/{id}/booths": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give an employer a booth */
        post: operations["postApiJobFairsByIdBooths"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/job-fairs/{id}/booths/{boothId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take a booth away */
        delete: operations["deleteApiJobFairsByIdBoothsByBoothId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/job-fairs/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a job fair (those registered are told) */
        post: operations["postApiJobFairsByIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search members in your subtree (masked) */
        get: operations["getApiMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Search members, also by whole phone or ID number (masked results) */
        post: operations["postApiMembersSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export matching members to .xlsx (personal data masked; audited) */
        get: operations["getApiMembersExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One member (masked) */
        get: operations["getApiMembersById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reveal one personal field in full (audited) */
        post: operations["postApiMembersByIdReveal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member record’s history */
        get: operations["getApiMembersByIdHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/{id}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a membership (leave) with a reason */
        post: operations["postApiMembersByIdLeave"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/{id}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a member’s tags (audited) */
        put: operations["putApiMembersByIdTags"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/{id}/reinstate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reinstate a member who left */
        post: operations["postApiMembersByIdReinstate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in member */
        get: operations["getApiMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/join/unions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public: unions a worker can pick when joining */
        get: operations["getApiJoinUnions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/join/unions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public: the union a join QR code opens */
        get: operations["getApiJoinUnionsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/join/employers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public: find an employer by name or credit code */
        get: operations["getApiJoinEmployers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My applications with their progress */
        get: operations["getApiMeApplications"];
        put?: never;
        /** Apply to join (signed-in phone) */
        post: operations["postApiMeApplications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Edit my pending application */
        put: operations["putApiMeApplicationsById"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/applications/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw my pending application */
        post: operations["postApiMeApplicationsByIdWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My in-app messages */
        get: operations["getApiMeMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/messages/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark my messages read */
        post: operations["postApiMeMessagesRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Applications in your subtree */
        get: operations["getApiApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Applications in your subtree, searched by a body that may hold a whole phone or ID number */
        post: operations["postApiApplicationsSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One application with its history */
        get: operations["getApiApplicationsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve: the applicant becomes a member */
        post: operations["postApiApplicationsByIdApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject with a reason shown to the applicant */
        post: operations["postApiApplicationsByIdReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/reroute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the application to another union */
        post: operations["postApiApplicationsByIdReroute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve or reject many applications */
        post: operations["postApiApplicationsBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Benefits, courses and activities open to me */
        get: operations["getApiMeOffers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/offers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One offer with my claims in it */
        get: operations["getApiMeOffersById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/claim-pass": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A short-lived signed pass for claiming (fetched before the rush) */
        post: operations["postApiMeClaimPass"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Claim a place (first come) or apply (lottery); identified by the x-zg-pass header */
        post: operations["postApiClaims"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My registrations, applications and waitlist places */
        get: operations["getApiMeClaims"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/claims/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel my claim (the place goes to the waitlist) */
        post: operations["postApiMeClaimsByIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/claims/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take the place offered to me from the waitlist */
        post: operations["postApiMeClaimsByIdAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/claims/{id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rate an activity I attended */
        post: operations["postApiMeClaimsByIdFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/claims/{id}/code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My check-in QR for a registration (rotates) */
        get: operations["getApiMeClaimsByIdCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/offers/{id}/waitlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Join the waitlist of a full offer */
        post: operations["postApiMeOffersByIdWaitlist"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/offers/{id}/lottery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The published lottery result with its seed (anyone may re-run it) */
        get: operations["getApiOffersByIdLottery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Offers in my scope */
        get: operations["getApiOffers"];
        put?: never;
        /** Create an offer (draft) */
        post: operations["postApiOffers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/offers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One offer */
        get: operations["getApiOffersById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit an offer (limited once open or claimed) */
        patch: operations["patchApiOffersById"];
        trace?: never;
    };
    "/api/offers/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish (commits the voucher budget) */
        post: operations["postApiOffersByIdPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/offers/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel: every claim released and refunded */
        post: operations["postApiOffersByIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/offers/{id}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Registrations */
        get: operations["getApiOffersByIdRegistrations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/offers/{id}/registrations.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Registrations as .xlsx (audited) */
        get: operations["getApiOffersByIdRegistrationsXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/offers/{id}/monitor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live rush monitor */
        get: operations["getApiOffersByIdMonitor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/offers/{id}/draw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run the lottery once, with a fresh published seed */
        post: operations["postApiOffersByIdDraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/offers/{id}/registrations/{claimId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn down an application before the draw, with a reason shown to the member */
        post: operations["postApiOffersByIdRegistrationsByClaimIdReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/offers/{id}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a member in by e-card or registration QR */
        post: operations["postApiOffersByIdCheckIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/offers/{id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** After-activity ratings and comments */
        get: operations["getApiOffersByIdFeedback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My balance and every movement */
        get: operations["getApiMePoints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/bills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My bill payments */
        get: operations["getApiMeBills"];
        put?: never;
        /** Pay a phone or electricity bill with points (1 point = 1 fen) */
        post: operations["postApiMeBills"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/points/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member’s points history */
        get: operations["getApiPointsMembersById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/points/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Adjust a member’s points (reason required, audited) */
        post: operations["postApiPointsAdjustments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/points/transactions/{id}/reverse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reverse a ledger transaction (never edited) */
        post: operations["postApiPointsTransactionsByIdReverse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/points/issuance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue points to every member of a union for a month (once) */
        post: operations["postApiPointsIssuance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/points/issuance/{unionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A union’s monthly plan and past issuances */
        get: operations["getApiPointsIssuanceByUnionId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/points/issuance/{unionId}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the union’s standing monthly issuance */
        put: operations["putApiPointsIssuanceByUnionIdPlan"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/points/reconcile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prove balance = sum of postings for every account in scope */
        get: operations["getApiPointsReconcile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stations I manage or operate */
        get: operations["getApiStations"];
        put?: never;
        /** Add a station or venue */
        post: operations["postApiStations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stations/index": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The pioneer index: stations ranked */
        get: operations["getApiStationsIndex"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stations/cockpit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The cockpit’s stations panel: the map by kind, visits per day, bookings, rating, the ranking */
        get: operations["getApiStationsCockpit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One station */
        get: operations["getApiStationsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a station */
        patch: operations["patchApiStationsById"];
        trace?: never;
    };
    "/api/stations/{id}/position": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Move a station (a movable one by its manager) */
        put: operations["putApiStationsByIdPosition"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stations/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retire a station */
        post: operations["postApiStationsByIdRetire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stations/{id}/managers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Name a manager of a station */
        post: operations["postApiStationsByIdManagers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stations/{id}/managers/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a manager of a station */
        delete: operations["deleteApiStationsByIdManagersByAccountId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stations/{id}/poster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The QR poster’s code */
        get: operations["getApiStationsByIdPoster"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stations/{id}/poster/reissue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reissue the QR poster (the old one stops working) */
        post: operations["postApiStationsByIdPosterReissue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stations/{id}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a photo (JPEG or PNG by content, ≤ 5 MB, at most 9; body = the bytes) */
        post: operations["postApiStationsByIdPhotos"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stations/{id}/photos/{name}/cover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make a photo the cover */
        post: operations["postApiStationsByIdPhotosByNameCover"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stations/{id}/photos/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a photo */
        delete: operations["deleteApiStationsByIdPhotosByName"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/media/stations/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A station photo: cached for a year (its address never changes), byte ranges served */
        get: operations["getMediaStationsByName"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/station-amenities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Amenities stations can offer */
        get: operations["getApiStationAmenities"];
        put?: never;
        /** Add an amenity */
        post: operations["postApiStationAmenities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stations/{id}/score": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A station’s pioneer index and how it was computed */
        get: operations["getApiStationsByIdScore"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stations/{id}/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A station’s visits */
        get: operations["getApiStationsByIdVisits"];
        put?: never;
        /** Record a visit by scanning a member’s e-card */
        post: operations["postApiStationsByIdVisits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stations/{id}/visits/daily": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A station’s visits per day */
        get: operations["getApiStationsByIdVisitsDaily"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stations/{id}/rooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A station’s rooms */
        get: operations["getApiStationsByIdRooms"];
        put?: never;
        /** Add a bookable room or court */
        post: operations["postApiStationsByIdRooms"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/station-rooms/{id}/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A room’s slots of one day */
        get: operations["getApiStationRoomsByIdSlots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/room-slots/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a slot */
        post: operations["postApiRoomSlotsByIdClose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stations/{id}/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A station’s bookings */
        get: operations["getApiStationsByIdBookings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/room-bookings/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a booking */
        post: operations["postApiRoomBookingsByIdApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/room-bookings/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a booking (the place is freed) */
        post: operations["postApiRoomBookingsByIdReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/room-bookings/{id}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a booking in at the desk */
        post: operations["postApiRoomBookingsByIdCheckIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stations/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A station’s reviews */
        get: operations["getApiStationsByIdReviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/station-reviews/{id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reply to a review */
        post: operations["postApiStationReviewsByIdReply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/station-reviews/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a review */
        post: operations["postApiStationReviewsByIdClose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/map-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The map tiles the member app draws */
        get: operations["getApiPublicMapSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/stations/nearby": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The nearest stations */
        get: operations["getApiPublicStationsNearby"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/stations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A station’s page */
        get: operations["getApiPublicStationsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/stations/{id}/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record my visit from the station’s QR poster */
        post: operations["postApiMeStationsByIdVisits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/station-visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My visits */
        get: operations["getApiMeStationVisits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/station-rooms/{id}/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A room’s slots of one day */
        get: operations["getApiMeStationRoomsByIdSlots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/room-bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My bookings */
        get: operations["getApiMeRoomBookings"];
        put?: never;
        /** Book a slot */
        post: operations["postApiMeRoomBookings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/room-bookings/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel my booking */
        post: operations["postApiMeRoomBookingsByIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/station-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Review a visit or a booking */
        post: operations["postApiMeStationReviews"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** No-op: the cost of the HTTP stack alone */
        get: operations["getApiPing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database reachability */
        get: operations["getApiHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness for a load balancer: serving, database reachable, every migration applied (503 when not) */
        get: operations["getApiReady"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What waits for my decision, counted per kind within my subtree (the console’s menu badges) */
        get: operations["getApiPending"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Background jobs that used up their retries (a root union manager) */
        get: operations["getApiJobsFailed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put a failed job back in its queue (a root union manager) */
        post: operations["postApiJobsByIdRetry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My transfers */
        get: operations["getApiMeTransfers"];
        put?: never;
        /** Ask to move my membership to another base union */
        post: operations["postApiMeTransfers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/transfers/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel my open transfer */
        post: operations["postApiMeTransfersByIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Transfer a member (done at once when you administer both unions) */
        post: operations["postApiMembersByIdTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Transfers out of or into your subtree */
        get: operations["getApiTransfers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/transfers/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve your side of a transfer */
        post: operations["postApiTransfersByIdApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/transfers/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refuse a transfer with a reason */
        post: operations["postApiTransfersByIdReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/unions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List unions: children of parentId, a name search, or the top of your view */
        get: operations["getApiUnions"];
        put?: never;
        /** Create a union under a parent */
        post: operations["postApiUnions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/unions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One union with counts */
        get: operations["getApiUnionsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a union */
        patch: operations["patchApiUnionsById"];
        trace?: never;
    };
    "/api/unions/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a union and its subtree under a new parent */
        post: operations["postApiUnionsByIdMove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/unions/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate a union without active children or members */
        post: operations["postApiUnionsByIdDeactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/unions/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reactivate a union */
        post: operations["postApiUnionsByIdReactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/volunteer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My volunteer registration and teams */
        get: operations["getApiMeVolunteer"];
        /** Register as a volunteer (我要做志愿), or update my registration */
        put: operations["putApiMeVolunteer"];
        post?: never;
        /** Stop volunteering (I leave my teams) */
        delete: operations["deleteApiMeVolunteer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/volunteer/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Teams of my union and the unions above it, with my place in each */
        get: operations["getApiMeVolunteerTeams"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/volunteer/teams/{id}/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Join a team (or ask to) */
        post: operations["postApiMeVolunteerTeamsByIdJoin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/volunteer/teams/{id}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Leave a team */
        post: operations["postApiMeVolunteerTeamsByIdLeave"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/volunteer/teams/{id}/logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My team’s work log */
        get: operations["getApiMeVolunteerTeamsByIdLogs"];
        put?: never;
        /** Write my team’s work log (the leader) */
        post: operations["postApiMeVolunteerTeamsByIdLogs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/volunteer/teams/{id}/logs/{logId}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a photo to a log entry (JPEG or PNG, ≤ 5 MB, at most 3) */
        post: operations["postApiMeVolunteerTeamsByIdLogsByLogIdPhotos"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/volunteer/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Orders my teams can take (open), or have taken (mine) */
        get: operations["getApiMeVolunteerOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/volunteer/orders/{id}/take": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take an order for one of my teams (接单) */
        post: operations["postApiMeVolunteerOrdersByIdTake"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/volunteer/orders/{id}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report an order of my team done */
        post: operations["postApiMeVolunteerOrdersByIdDone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/volunteer/orders/{id}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a photo proving the service (JPEG or PNG, ≤ 5 MB, at most 3) */
        post: operations["postApiMeVolunteerOrdersByIdPhotos"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/volunteer/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The volunteer points rules in force for my union */
        get: operations["getApiMeVolunteerRules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/service-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Services I can order (点单) */
        get: operations["getApiMeServiceItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/service-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My orders */
        get: operations["getApiMeServiceOrders"];
        put?: never;
        /** Order a service */
        post: operations["postApiMeServiceOrders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/service-orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of my orders, with its steps */
        get: operations["getApiMeServiceOrdersById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/service-orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel my order before a team takes it */
        post: operations["postApiMeServiceOrdersByIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/service-orders/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm my order was served, and rate it */
        post: operations["postApiMeServiceOrdersByIdConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/volunteers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Volunteers of my subtree */
        get: operations["getApiVolunteers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/volunteer-teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Volunteer teams of my subtree */
        get: operations["getApiVolunteerTeams"];
        put?: never;
        /** Set up a volunteer team */
        post: operations["postApiVolunteerTeams"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/volunteer-teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A team with its members and requests */
        get: operations["getApiVolunteerTeamsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a team (name, leader, joining, closing) */
        patch: operations["patchApiVolunteerTeamsById"];
        trace?: never;
    };
    "/api/volunteer-teams/{id}/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve or turn down a request to join */
        post: operations["postApiVolunteerTeamsByIdRequests"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/volunteer-teams/{id}/logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A team’s work log */
        get: operations["getApiVolunteerTeamsByIdLogs"];
        put?: never;
        /** Write in a team’s work log */
        post: operations["postApiVolunteerTeamsByIdLogs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/service-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The service menus of my subtree */
        get: operations["getApiServiceItems"];
        put?: never;
        /** Add a service to a union’s menu */
        post: operations["postApiServiceItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/service-items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change or retire a service */
        patch: operations["patchApiServiceItemsById"];
        trace?: never;
    };
    "/api/service-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The order queue of my subtree, waiting ones first by deadline */
        get: operations["getApiServiceOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/service-orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An order with its steps */
        get: operations["getApiServiceOrdersById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/service-orders/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give a waiting order to a team */
        post: operations["postApiServiceOrdersByIdAssign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/service-orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an order (the requester is told why) */
        post: operations["postApiServiceOrdersByIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/volunteer-point-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Volunteer points rules of my subtree, every version */
        get: operations["getApiVolunteerPointRules"];
        put?: never;
        /** Publish a new version of a union’s volunteer points rules */
        post: operations["postApiVolunteerPointRules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/volunteer/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Activities I can sign up for, with my place in each */
        get: operations["getApiMeVolunteerActivities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/volunteer/activities/{id}/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign up for an activity */
        post: operations["postApiMeVolunteerActivitiesByIdSignup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/volunteer/activities/{id}/checkin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check in by the poster at the place */
        post: operations["postApiMeVolunteerActivitiesByIdCheckin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/volunteer/activities/{id}/checkout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check out by the poster: the hours are the server’s */
        post: operations["postApiMeVolunteerActivitiesByIdCheckout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/volunteer/hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My hours, and the confirmed total */
        get: operations["getApiMeVolunteerHours"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/volunteer/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A certificate of my confirmed hours, with a code anyone can check */
        post: operations["postApiMeVolunteerCertificates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/volunteer/certificates/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My certificate of hours */
        get: operations["getApiMeVolunteerCertificatesByCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/volunteer-certificates/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check a printed certificate of hours (the name masked) */
        get: operations["getApiVolunteerCertificatesByCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/volunteer-activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Volunteer activities of my subtree */
        get: operations["getApiVolunteerActivities"];
        put?: never;
        /** Set up a volunteer activity */
        post: operations["postApiVolunteerActivities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/volunteer-activities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A volunteer activity */
        get: operations["getApiVolunteerActivitiesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/volunteer-activities/{id}/poster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The QR poster’s address for the place */
        get: operations["getApiVolunteerActivitiesByIdPoster"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/volunteer-activities/{id}/signups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who signed up, with their check-in, check-out and hours */
        get: operations["getApiVolunteerActivitiesByIdSignups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/volunteer-activities/{id}/hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm or reject checked-out hours (points follow) */
        post: operations["postApiVolunteerActivitiesByIdHours"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/media/volunteer-logs/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A photo: cached for a year, byte ranges served */
        get: operations["getMediaVolunteerLogsByName"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/media/service-orders/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A photo: cached for a year, byte ranges served */
        get: operations["getMediaServiceOrdersByName"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/vouchers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My wallet */
        get: operations["getApiMeVouchers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/merchants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Merchants I can attach offers to */
        get: operations["getApiMerchants"];
        put?: never;
        /** Add a merchant */
        post: operations["postApiMerchants"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/merchants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit or deactivate a merchant */
        patch: operations["patchApiMerchantsById"];
        trace?: never;
    };
    "/api/budgets/{unionId}/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A union’s voucher budget for a year */
        get: operations["getApiBudgetsByUnionIdByYear"];
        /** Set a union’s voucher budget for a year */
        put: operations["putApiBudgetsByUnionIdByYear"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/merchant/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a voucher at the till without redeeming it */
        post: operations["postApiMerchantVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/merchant/redeem": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Redeem a voucher (once only) */
        post: operations["postApiMerchantRedeem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/merchant/redemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This merchant’s recent redemptions */
        get: operations["getApiMerchantRedemptions"];
        put?: never;
        post?: never;
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
        AccountPage: {
            items: components["schemas"]["AccountView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        AccountPhoneView: {
            phone: string | null;
        };
        AccountView: {
            id: number;
            username: string;
            displayName: string;
            disabled: boolean;
            totpEnabled: boolean;
            mustChangePassword: boolean;
            lastLoginAt: string | null;
            grants: {
                id: number;
                /** @enum {string} */
                role: "system_admin" | "union_admin" | "membership_officer" | "case_handler" | "station_manager" | "editor" | "auditor" | "benefits_officer" | "merchant_clerk" | "assistance_officer" | "lawyer";
                union: {
                    id: number;
                    name: string;
                };
            }[];
            actions: ("read" | "grant" | "disable" | "resetPassword")[];
        };
        ActivityPage: {
            items: components["schemas"]["ActivityView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        ActivityPosterResponse: {
            path: string;
        };
        ActivityView: {
            id: number;
            union: {
                id: number;
                name: string;
            };
            team: {
                id: number;
                name: string;
            } | null;
            title: string;
            description: string;
            station: {
                id: number;
                name: string;
            } | null;
            place: string;
            startsAt: string;
            endsAt: string;
            offer: {
                id: number;
                title: string;
            } | null;
            /** @enum {string} */
            status: "published" | "cancelled";
            signed: number;
            confirmedHours: number;
        };
        AidApplicationPage: {
            items: components["schemas"]["ApplicationSummary"][];
            total: number;
            page: number;
            pageSize: number;
        };
        AidApplicationView: {
            id: number;
            applicantName: string;
            idNumberMasked: string;
            union: {
                id: number;
                name: string;
            };
            /** @enum {string} */
            cause: "illness" | "accident" | "disaster" | "education" | "other";
            /** @enum {string} */
            tier: "deep" | "accident" | "relative" | "none";
            emergency: boolean;
            /** @enum {string} */
            status: "submitted" | "proposed" | "approved" | "disbursed" | "refused" | "withdrawn";
            proposedFen: number | null;
            approvedFen: number | null;
            disbursedFen: number;
            reverifyDue: string | null;
            createdAt: string;
            /** @enum {string} */
            channel: "member" | "cadre";
            /** @enum {string} */
            employment: "employed" | "flexible" | "unemployed" | "retired" | "unable";
            householdSize: number;
            refusalReason: string | null;
            reviewer: {
                id: number;
                displayName: string;
            } | null;
            profile: components["schemas"]["ProfileView"];
            sensitive: {
                household: {
                    /** @enum {string} */
                    relation: "self" | "spouse" | "child" | "parent" | "other";
                    age: number;
                    annualIncomeFen: number;
                    dependant: boolean;
                }[];
                health: {
                    /** @enum {string} */
                    condition: "healthy" | "chronic" | "serious" | "disabled";
                    note?: string | null;
                };
                medicalSelfPaidFen: number;
                story: string;
            } | null;
            evidence: components["schemas"]["FileSummary"][];
            events: {
                kind: string;
                at: string;
                by: string | null;
                detail: {
                    [key: string]: unknown;
                } | null;
            }[];
            disbursements: {
                id: number;
                amountFen: number;
                /** @enum {string} */
                method: "bank_transfer" | "cash" | "wechat" | "in_kind";
                paidOn: string;
                reference: string | null;
                recordedBy: string;
            }[];
            help: {
                id: number;
                /** @enum {string} */
                kind: "policy_subsidy" | "job" | "material_aid" | "mutual_aid" | "education_grant";
                programName: string | null;
                note: string;
                valueFen: number | null;
                createdAt: string;
            }[];
            actions: ("read" | "reveal" | "assign" | "update" | "propose" | "approve" | "refuse" | "disburse" | "recordHelp" | "reverify" | "withdraw")[];
        };
        AidBudgetView: {
            union: {
                id: number;
                name: string;
            };
            year: number;
            amountFen: number;
            committedFen: number;
            disbursedFen: number;
        };
        AmenitiesResponse: {
            items: components["schemas"]["AmenityView"][];
        };
        AmenityView: {
            key: string;
            nameZh: string;
            nameEn: string;
            builtin: boolean;
        };
        AnswerResult: {
            correct: boolean;
            rightChoices: number[];
            explanation: string;
            attempt: components["schemas"]["AttemptView"];
        };
        AppealPage: {
            items: components["schemas"]["AppealSummary"][];
            total: number;
            page: number;
            pageSize: number;
        };
        AppealSummary: {
            id: number;
            /** @enum {string} */
            category: "wage_arrears" | "labour_dispute" | "work_injury" | "social_insurance" | "occupational_safety" | "other";
            /** @enum {string} */
            channel: "app" | "hotline";
            workerName: string;
            anonymous: boolean;
            employerName: string;
            amountOwedFen: number | null;
            peopleAffected: number;
            union: {
                id: number;
                name: string;
            };
            /** @enum {string} */
            status: "submitted" | "accepted" | "in_progress" | "awaiting_worker" | "referred" | "refused" | "resolved";
            rating: number | null;
            flagged: boolean;
            escalations: number;
            watching: boolean;
            firstResponse: {
                budgetMinutes: number;
                usedMinutes: number;
                dueAt: string | null;
                metAt: string | null;
                overdue: boolean;
                paused: boolean;
            };
            resolution: {
                budgetMinutes: number;
                usedMinutes: number;
                dueAt: string | null;
                metAt: string | null;
                overdue: boolean;
                paused: boolean;
            };
            createdAt: string;
        };
        AppealView: {
            id: number;
            /** @enum {string} */
            category: "wage_arrears" | "labour_dispute" | "work_injury" | "social_insurance" | "occupational_safety" | "other";
            /** @enum {string} */
            channel: "app" | "hotline";
            workerName: string;
            anonymous: boolean;
            employerName: string;
            amountOwedFen: number | null;
            peopleAffected: number;
            union: {
                id: number;
                name: string;
            };
            /** @enum {string} */
            status: "submitted" | "accepted" | "in_progress" | "awaiting_worker" | "referred" | "refused" | "resolved";
            rating: number | null;
            flagged: boolean;
            escalations: number;
            watching: boolean;
            firstResponse: {
                budgetMinutes: number;
                usedMinutes: number;
                dueAt: string | null;
                metAt: string | null;
                overdue: boolean;
                paused: boolean;
            };
            resolution: {
                budgetMinutes: number;
                usedMinutes: number;
                dueAt: string | null;
                metAt: string | null;
                overdue: boolean;
                paused: boolean;
            };
            createdAt: string;
            description: string;
            phoneMasked: string | null;
            /** @enum {string|null} */
            referredTo: "labour_inspection" | "arbitration" | "court" | "other" | null;
            referralNote: string | null;
            refusalReason: string | null;
            outcome: string | null;
            recoveredFen: number | null;
            workersCovered: number | null;
            ratingComment: string | null;
            onTime: boolean | null;
            evidence: components["schemas"]["FileSummary"][];
            events: {
                kind: string;
                at: string;
                by: string | null;
                union: string | null;
                detail: {
                    [key: string]: unknown;
                } | null;
            }[];
            actions: ("read" | "accept" | "refer" | "refuse" | "start" | "requestInfo" | "note" | "resolve" | "reopen" | "reply" | "rate")[];
        };
        ApplicationPage: {
            items: components["schemas"]["ApplicationView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        ApplicationSummary: {
            id: number;
            applicantName: string;
            idNumberMasked: string;
            union: {
                id: number;
                name: string;
            };
            /** @enum {string} */
            cause: "illness" | "accident" | "disaster" | "education" | "other";
            /** @enum {string} */
            tier: "deep" | "accident" | "relative" | "none";
            emergency: boolean;
            /** @enum {string} */
            status: "submitted" | "proposed" | "approved" | "disbursed" | "refused" | "withdrawn";
            proposedFen: number | null;
            approvedFen: number | null;
            disbursedFen: number;
            reverifyDue: string | null;
            createdAt: string;
        };
        ApplicationView: {
            id: number;
            name: string;
            idNumber: string;
            phone: string;
            /** @enum {string} */
            gender: "male" | "female";
            birthDate: string;
            /** @enum {string} */
            category: "employee" | "rider" | "courier" | "ride_hailing" | "trucking" | "domestic" | "other_gig";
            job: string | null;
            politicalStatus: string | null;
            education: string | null;
            employer: {
                id: number;
                name: string;
            } | null;
            union: {
                id: number;
                name: string;
            };
            /** @enum {string} */
            channel: "online" | "qr";
            /** @enum {string} */
            status: "pending" | "approved" | "rejected" | "withdrawn";
            reason: string | null;
            memberId: number | null;
            createdAt: string;
            decidedAt: string | null;
            events: components["schemas"]["EventView"][];
            actions: ("read" | "decide" | "reroute" | "edit" | "withdraw")[];
        };
        ArticleImageResult: {
            url: string;
        };
        ArticlePage: {
            items: components["schemas"]["ArticleSummary"][];
            total: number;
            page: number;
            pageSize: number;
        };
        ArticleSummary: {
            id: number;
            /** @enum {string} */
            kind: "news" | "policy" | "notice" | "guide";
            title: string;
            summary: string;
            union: {
                id: number;
                name: string;
            };
            tags: string[];
            pinned: boolean;
            /** @enum {string} */
            status: "draft" | "in_review" | "published" | "withdrawn";
            publishAt: string | null;
            expiresAt: string | null;
            author: string;
            reads: number;
            updatedAt: string;
        };
        ArticleView: {
            id: number;
            /** @enum {string} */
            kind: "news" | "policy" | "notice" | "guide";
            title: string;
            summary: string;
            union: {
                id: number;
                name: string;
            };
            tags: string[];
            pinned: boolean;
            /** @enum {string} */
            status: "draft" | "in_review" | "published" | "withdrawn";
            publishAt: string | null;
            expiresAt: string | null;
            author: string;
            reads: number;
            updatedAt: string;
            bodyHtml: string;
            attachments: components["schemas"]["AttachmentView"][];
            audienceCategories: ("employee" | "rider" | "courier" | "ride_hailing" | "trucking" | "domestic" | "other_gig")[];
            audienceTags: string[];
            needsReview: boolean;
            events: {
                kind: string;
                at: string;
                by: string | null;
                reason: string | null;
            }[];
            actions: ("read" | "edit" | "publish" | "submit" | "approve" | "reject" | "withdraw")[];
        };
        AttachmentView: {
            id: number;
            name: string;
            mediaType: string;
            bytes: number;
        };
        AttemptView: {
            id: number;
            contestId: number;
            /** @enum {string} */
            status: "running" | "finished";
            question: components["schemas"]["ServedQuestionView"] | null;
            correct: number;
            total: number;
            ms: number;
            points: number;
            rank: number | null;
            serverTime: string;
        };
        AuditEventView: {
            id: number;
            unionName: string | null;
            targetName: string | null;
            memberName: string | null;
            field: string | null;
            reason: string | null;
            at: string;
            actorKind: string;
            actorId: number | null;
            actorName: string | null;
            actorRoles: string | null;
            action: string;
            outcome: string;
            targetType: string | null;
            targetId: string | null;
            unionId: number | null;
            before: unknown;
            after: unknown;
            detail: unknown;
            ip: string | null;
            requestId: string | null;
        };
        AuditPage: {
            items: components["schemas"]["AuditEventView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        BatchResponse: {
            results: {
                id: number;
                ok: boolean;
                code: string | null;
            }[];
        };
        BillView: {
            id: number;
            /** @enum {string} */
            kind: "phone" | "electricity";
            account: string;
            amountFen: number;
            points: number;
            /** @enum {string} */
            status: "pending" | "paid" | "failed";
            partnerRef: string | null;
            failure: string | null;
            createdAt: string;
            settledAt: string | null;
        };
        BookingView: {
            id: number;
            /** @enum {string} */
            status: "booked" | "cancelled" | "completed" | "no_show";
            topic: string;
            outcome: string | null;
            memberName: string | null;
            phoneMasked: string | null;
            slot: {
                id: number;
                startsAt: string;
                endsAt: string;
                /** @enum {string} */
                mode: "in_person" | "phone" | "video";
                place: string | null;
                lawyer: string;
                union: string;
            };
            createdAt: string;
        };
        BudgetView: {
            unionId: number;
            year: number;
            amountFen: number;
            committedFen: number;
            leftFen: number;
        };
        CalendarDayView: {
            day: string;
            /** @enum {string} */
            kind: "holiday" | "workday";
            name: string;
        };
        CardView: {
            cardNo: string;
            name: string;
            unionName: string;
            joinedAt: string;
            token: string;
            expiresAt: string;
            refreshSeconds: number;
        };
        CertificateView: {
            code: string;
            courseTitle: string;
            unionName: string;
            name: string;
            issuedAt: string;
            lessons: number;
            studySeconds: number;
        };
        CheckInResult: {
            claimId: number;
            member: {
                name: string;
                cardNo: string | null;
            };
            checkedInAt: string;
            pointsAwarded: number;
        };
        ClaimResult: {
            id: number;
            offerId: number;
            /** @enum {string} */
            status: "confirmed" | "applied";
            quantity: number;
            createdAt: string;
            voucherCodes: string[];
            replay: boolean;
        };
        ConfirmHoursResult: {
            count: number;
        };
        ContestPage: {
            items: components["schemas"]["ContestView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        ContestView: {
            id: number;
            union: {
                id: number;
                name: string;
            };
            title: string;
            description: string;
            opensAt: string;
            closesAt: string;
            questionsPerAttempt: number;
            secondsPerQuestion: number;
            attemptsPerDay: number;
            pointsPerCorrect: number;
            questionCount: number;
            /** @enum {string} */
            status: "draft" | "published";
            open: boolean;
            participants: number;
        };
        CorrectionPage: {
            items: components["schemas"]["CorrectionView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        CorrectionView: {
            id: number;
            member: {
                id: number;
                name: string;
            };
            /** @enum {string} */
            field: "phone" | "employer" | "address";
            newValue: string;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected" | "cancelled";
            decisionReason: string | null;
            createdAt: string;
            decidedAt: string | null;
            actions: ("read" | "decide" | "cancel")[];
        };
        CourseDetail: {
            id: number;
            union: {
                id: number;
                name: string;
            };
            title: string;
            summary: string;
            /** @enum {string} */
            category: "skills" | "safety" | "law" | "politics" | "health" | "other";
            offer: {
                id: number;
                title: string;
            } | null;
            /** @enum {string} */
            status: "draft" | "published" | "withdrawn";
            publishedAt: string | null;
            lessonCount: number;
            enrolled: number;
            completed: number;
            actions: ("read" | "edit" | "publish" | "withdraw")[];
            lessons: {
                id: number;
                position: number;
                title: string;
                /** @enum {string} */
                kind: "video" | "article" | "pdf";
                seconds: number;
                mediaUrl: string | null;
                mediaBytes: number | null;
                body: string;
            }[];
        };
        CoursePage: {
            items: components["schemas"]["CourseView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        CourseView: {
            id: number;
            union: {
                id: number;
                name: string;
            };
            title: string;
            summary: string;
            /** @enum {string} */
            category: "skills" | "safety" | "law" | "politics" | "health" | "other";
            offer: {
                id: number;
                title: string;
            } | null;
            /** @enum {string} */
            status: "draft" | "published" | "withdrawn";
            publishedAt: string | null;
            lessonCount: number;
            enrolled: number;
            completed: number;
            actions: ("read" | "edit" | "publish" | "withdraw")[];
        };
        DailyResponse: {
            items: {
                day: string;
                visits: number;
                members: number;
            }[];
        };
        DocumentPage: {
            items: components["schemas"]["DocumentSummary"][];
            total: number;
            page: number;
            pageSize: number;
        };
        DocumentSummary: {
            id: number;
            title: string;
            from: {
                id: number;
                name: string;
            };
            /** @enum {string} */
            recipientLevel: "city" | "county" | "township" | "base";
            replyRequired: boolean;
            dueAt: string | null;
            sentAt: string;
            progress: {
                recipients: number;
                read: number;
                replied: number;
                overdue: number;
            } | null;
            receipts: {
                union: {
                    id: number;
                    name: string;
                };
                /** @enum {string} */
                status: "unread" | "read" | "replied" | "overdue";
                readAt: string | null;
                repliedAt: string | null;
                replyText: string | null;
                reminders: number;
            }[];
        };
        DocumentView: {
            id: number;
            title: string;
            from: {
                id: number;
                name: string;
            };
            /** @enum {string} */
            recipientLevel: "city" | "county" | "township" | "base";
            replyRequired: boolean;
            dueAt: string | null;
            sentAt: string;
            progress: {
                recipients: number;
                read: number;
                replied: number;
                overdue: number;
            } | null;
            receipts: {
                union: {
                    id: number;
                    name: string;
                };
                /** @enum {string} */
                status: "unread" | "read" | "replied" | "overdue";
                readAt: string | null;
                repliedAt: string | null;
                replyText: string | null;
                reminders: number;
            }[];
            bodyHtml: string;
            sentBy: string;
            canRemind: boolean;
        };
        EmployerPage: {
            items: components["schemas"]["EmployerView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        EmployerView: {
            id: number;
            creditCode: string;
            name: string;
            address: string | null;
            union: {
                id: number;
                name: string;
                level: string;
            };
            covered: boolean;
            actions: ("read" | "update")[];
        };
        EndedResponse: {
            ended: number;
        };
        EventView: {
            id: number;
            at: string;
            kind: string;
            /** @enum {string} */
            actor: "member" | "admin" | "system";
            reason: string | null;
            unionName: string | null;
        };
        ExportRequestPage: {
            items: components["schemas"]["ExportRequestView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        ExportRequestView: {
            id: number;
            /** @enum {string} */
            kind: "members";
            filters: {
                [key: string]: unknown;
            };
            rowCount: number;
            union: {
                id: number;
                name: string;
            };
            reason: string;
            requestedBy: string;
            /** @enum {string} */
            status: "pending" | "approved" | "refused" | "downloaded";
            decidedBy: string | null;
            decidedAt: string | null;
            refusalReason: string | null;
            downloadedAt: string | null;
            createdAt: string;
            actions: ("read" | "approve" | "refuse" | "download")[];
        };
        FeedbackSummary: {
            count: number;
            average: number | null;
            comments: {
                rating: number;
                comment: string;
                createdAt: string;
            }[];
        };
        FileSummary: {
            id: number;
            name: string;
            /** @enum {string} */
            mediaType: "image/jpeg" | "image/png" | "application/pdf";
            sizeBytes: number;
            createdAt: string;
        };
        FileView: {
            id: number;
            name: string;
            /** @enum {string} */
            mediaType: "image/jpeg" | "image/png" | "application/pdf";
            sizeBytes: number;
        };
        GigBoardResponse: {
            station: {
                id: number;
                name: string;
            };
            day: string;
            items: {
                id: number;
                title: string;
                employer: string;
                payMin: number;
                payMax: number;
                /** @enum {string} */
                payUnit: "hour" | "day" | "month" | "piece";
                hours: string;
                headcount: number;
                closesOn: string;
            }[];
        };
        GrantableRolesView: {
            roles: ("system_admin" | "union_admin" | "membership_officer" | "case_handler" | "station_manager" | "editor" | "auditor" | "benefits_officer" | "merchant_clerk" | "assistance_officer" | "lawyer")[];
        };
        HoursCertificateView: {
            code: string;
            name: string;
            unionName: string;
            hours: number;
            activities: number;
            issuedAt: string;
        };
        ImportPage: {
            items: components["schemas"]["ImportView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        ImportRowPage: {
            items: components["schemas"]["ImportRowView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        ImportRowView: {
            rowNo: number;
            /** @enum {string} */
            outcome: "valid" | "exists" | "error" | "inserted";
            name: string | null;
            idNumber: string | null;
            errors: {
                code: string;
                message: string;
            }[];
        };
        ImportView: {
            id: number;
            union: {
                id: number;
                name: string;
            };
            fileName: string;
            /** @enum {string} */
            status: "validated" | "committing" | "committed";
            totalRows: number;
            validRows: number;
            errorRows: number;
            existingRows: number;
            inserted: number;
            duplicateOf: number | null;
            createdAt: string;
            committedAt: string | null;
            actions: ("read" | "commit")[];
        };
        IssueResult: {
            month: string;
            members: number;
            total: number;
        };
        ItemPage: {
            items: components["schemas"]["ItemView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        ItemView: {
            id: number;
            union: {
                id: number;
                name: string;
            };
            station: {
                id: number;
                name: string;
            } | null;
            name: string;
            description: string;
            /** @enum {string} */
            specialty: "emergency" | "repair" | "legal" | "medical" | "teaching" | "care" | "other";
            takeWithinMinutes: number;
            /** @enum {string} */
            status: "active" | "retired";
        };
        JobApplicationDetail: {
            id: number;
            job: {
                id: number;
                title: string;
                employer: string;
            };
            /** @enum {string} */
            status: "applied" | "interview" | "hired" | "rejected" | "withdrawn";
            interviewAt: string | null;
            interviewPlace: string | null;
            note: string | null;
            createdAt: string;
            name: string;
            phone: string;
            intro: string;
        };
        JobApplicationDetailPage: {
            items: components["schemas"]["JobApplicationDetail"][];
            total: number;
            page: number;
            pageSize: number;
        };
        JobApplicationPage: {
            items: components["schemas"]["JobApplicationView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        JobApplicationView: {
            id: number;
            job: {
                id: number;
                title: string;
                employer: string;
            };
            /** @enum {string} */
            status: "applied" | "interview" | "hired" | "rejected" | "withdrawn";
            interviewAt: string | null;
            interviewPlace: string | null;
            note: string | null;
            createdAt: string;
        };
        JobFairDetail: {
            id: number;
            union: {
                id: number;
                name: string;
            };
            title: string;
            description: string;
            station: {
                id: number;
                name: string;
            } | null;
            place: string;
            startsAt: string;
            endsAt: string;
            /** @enum {string} */
            status: "published" | "cancelled";
            cancelReason: string | null;
            booths: number;
            visitors: number;
            boothList: {
                id: number;
                boothNo: string;
                employer: {
                    id: number | null;
                    name: string;
                };
                note: string;
                openJobs: number;
                jobs: {
                    id: number;
                    title: string;
                    /** @enum {string} */
                    kind: "gig" | "long_term";
                    payMin: number;
                    payMax: number;
                    /** @enum {string} */
                    payUnit: "hour" | "day" | "month" | "piece";
                    headcount: number;
                }[];
            }[];
        };
        JobFairPage: {
            items: components["schemas"]["JobFairView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        JobFairView: {
            id: number;
            union: {
                id: number;
                name: string;
            };
            title: string;
            description: string;
            station: {
                id: number;
                name: string;
            } | null;
            place: string;
            startsAt: string;
            endsAt: string;
            /** @enum {string} */
            status: "published" | "cancelled";
            cancelReason: string | null;
            booths: number;
            visitors: number;
        };
        JobPage: {
            items: components["schemas"]["JobView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        JobView: {
            id: number;
            union: {
                id: number;
                name: string;
            };
            employer: {
                id: number | null;
                name: string;
            };
            title: string;
            description: string;
            skills: string[];
            /** @enum {string} */
            kind: "gig" | "long_term";
            place: string;
            lat: number | null;
            lng: number | null;
            payMin: number;
            payMax: number;
            /** @enum {string} */
            payUnit: "hour" | "day" | "month" | "piece";
            hours: string;
            headcount: number;
            closesOn: string;
            stationId: number | null;
            /** @enum {string} */
            status: "in_review" | "published" | "rejected" | "closed";
            reviewNote: string | null;
            postedBy: string;
            reviewedBy: string | null;
            publishedAt: string | null;
            reached: number;
            applications: number;
            canReview: boolean;
        };
        LessonProgressView: {
            positionSeconds: number;
            creditedSeconds: number;
            completed: boolean;
        };
        LogPage: {
            items: components["schemas"]["LogView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        LogView: {
            id: number;
            teamId: number;
            happenedOn: string;
            body: string;
            peopleServed: number;
            photoUrls: string[];
            author: string | null;
            createdAt: string;
        };
        LoginResponse: {
            /** @enum {string} */
            stage: "full" | "mfa" | "mfa_enrol" | "password_change";
            csrfToken: string;
        };
        LotteryView: {
            offerId: number;
            seed: string | null;
            drawnAt: string | null;
            algorithm: string;
            entries: {
                claimId: number;
                rank: number;
                name: string;
                cardNo: string;
                won: boolean;
            }[];
        };
        MapSettingsView: {
            tileUrl: string;
            subdomains: string;
            /** @enum {string} */
            datum: "wgs84" | "gcj02";
            attribution: string;
        };
        MeResponse: {
            phone: string;
            member: components["schemas"]["MemberView"] | null;
        };
        MemberJobFairDetail: {
            id: number;
            union: {
                id: number;
                name: string;
            };
            title: string;
            description: string;
            station: {
                id: number;
                name: string;
            } | null;
            place: string;
            startsAt: string;
            endsAt: string;
            /** @enum {string} */
            status: "published" | "cancelled";
            cancelReason: string | null;
            booths: number;
            visitors: number;
            registered: boolean;
            boothList: {
                id: number;
                boothNo: string;
                employer: {
                    id: number | null;
                    name: string;
                };
                note: string;
                openJobs: number;
                jobs: {
                    id: number;
                    title: string;
                    /** @enum {string} */
                    kind: "gig" | "long_term";
                    payMin: number;
                    payMax: number;
                    /** @enum {string} */
                    payUnit: "hour" | "day" | "month" | "piece";
                    headcount: number;
                }[];
            }[];
        };
        MemberJobFairPage: {
            items: components["schemas"]["MemberJobFairView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        MemberJobFairView: {
            id: number;
            union: {
                id: number;
                name: string;
            };
            title: string;
            description: string;
            station: {
                id: number;
                name: string;
            } | null;
            place: string;
            startsAt: string;
            endsAt: string;
            /** @enum {string} */
            status: "published" | "cancelled";
            cancelReason: string | null;
            booths: number;
            visitors: number;
            registered: boolean;
        };
        MemberJobPage: {
            items: components["schemas"]["MemberJobView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        MemberJobView: {
            id: number;
            union: {
                id: number;
                name: string;
            };
            employer: {
                id: number | null;
                name: string;
            };
            title: string;
            description: string;
            skills: string[];
            /** @enum {string} */
            kind: "gig" | "long_term";
            place: string;
            lat: number | null;
            lng: number | null;
            payMin: number;
            payMax: number;
            /** @enum {string} */
            payUnit: "hour" | "day" | "month" | "piece";
            hours: string;
            headcount: number;
            closesOn: string;
            stationId: number | null;
            distanceKm: number | null;
            /** @enum {string|null} */
            applied: "applied" | "interview" | "hired" | "rejected" | "withdrawn" | null;
            why: {
                /** @enum {string} */
                code: "kind" | "skills" | "distance" | "pay" | "hardship";
                /** @enum {string} */
                kind?: "gig" | "long_term";
                skills?: string[];
                km?: number;
                minPay?: number;
            }[];
        };
        MemberOfferView: {
            id: number;
            union: {
                id: number;
                name: string;
            };
            /** @enum {string} */
            kind: "voucher" | "course" | "activity" | "subsidy";
            /** @enum {string} */
            mode: "first_come" | "lottery";
            title: string;
            description: string;
            capacity: number;
            taken: number;
            left: number;
            perMemberLimit: number;
            opensAt: string;
            closesAt: string;
            startsAt: string | null;
            endsAt: string | null;
            place: string;
            teacher: string;
            online: boolean;
            merchant: {
                id: number;
                name: string;
            } | null;
            faceValueFen: number;
            pointsCost: number;
            checkinPoints: number;
            validUntil: string | null;
            eligibleCategories: string[];
            eligibleTags: string[];
            minTenureDays: number;
            waitlist: boolean;
            acceptMinutes: number;
            cancelHours: number | null;
            surveyQuestion: string | null;
            /** @enum {string} */
            status: "draft" | "published" | "cancelled";
            /** @enum {string} */
            phase: "upcoming" | "open" | "closed";
            lottery: {
                drawnAt: string;
                seed: string;
            } | null;
            actions: ("read" | "update" | "publish" | "cancel" | "draw" | "checkIn")[];
            myClaims: components["schemas"]["MyClaimView"][];
            serverTime: string;
        };
        MemberPage: {
            items: components["schemas"]["MemberView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        MemberStationView: {
            id: number;
            /** @enum {string} */
            kind: "rest" | "red" | "gig" | "workers_home" | "activity_centre" | "partner_venue";
            /** @enum {string} */
            owner: "union" | "youth_league" | "women_federation" | "science_association" | "other";
            ownerName: string;
            name: string;
            address: string;
            unionName: string;
            lat: number;
            lng: number;
            gcj02: {
                lat: number;
                lng: number;
            };
            km: number;
            open: boolean;
            amenities: string[];
            movable: boolean;
            hours: {
                allDay: boolean;
                weekly: {
                    day: number;
                    open: string;
                    close: string;
                }[];
                /** @enum {string} */
                holidays: "open" | "closed";
            };
            story: string;
            contact: string;
            photos: {
                name: string;
                url: string;
            }[];
            navigation: {
                amap: {
                    web: string;
                    app: string;
                };
                baidu: {
                    web: string;
                    app: string;
                };
                tencent: {
                    web: string;
                    app: string;
                };
            };
            rooms: components["schemas"]["RoomSummary"][];
            rating: {
                average: number | null;
                count: number;
            };
            reviews: components["schemas"]["ReviewPublicView"][];
        };
        MemberView: {
            id: number;
            name: string;
            /** @description Masked: 1101**********002X */
            idNumber: string;
            /** @description Masked: 138****5678 */
            phone: string;
            /** @enum {string} */
            gender: "male" | "female";
            birthDate: string;
            /** @enum {string} */
            category: "employee" | "rider" | "courier" | "ride_hailing" | "trucking" | "domestic" | "other_gig";
            tags: string[];
            /** @enum {string} */
            status: "active" | "left";
            cardNo: string | null;
            union: {
                id: number;
                name: string;
            };
            employer: {
                id: number;
                name: string;
            } | null;
            address: string | null;
            joinedAt: string;
            actions: ("read" | "reveal" | "leave" | "reinstate" | "tag")[];
        };
        MerchantView: {
            id: number;
            union: {
                id: number;
                name: string;
            };
            name: string;
            address: string;
            active: boolean;
        };
        MessageView: {
            id: number;
            kind: string | null;
            title: string;
            body: string;
            at: string;
            read: boolean;
        };
        MessagesResponse: {
            items: components["schemas"]["MessageView"][];
            unread: number;
        };
        MonitorView: {
            capacity: number;
            taken: number;
            left: number;
            claimsPerSecond: {
                at: string;
                count: number;
            }[];
            byStatus: {
                [key: string]: number;
            };
            rejections: {
                code: string;
                count: number;
                reason: {
                    zh: string;
                    en: string;
                };
            }[];
            commits: number;
            queued: number;
        };
        MyActivityPage: {
            items: {
                id: number;
                union: {
                    id: number;
                    name: string;
                };
                team: {
                    id: number;
                    name: string;
                } | null;
                title: string;
                description: string;
                station: {
                    id: number;
                    name: string;
                } | null;
                place: string;
                startsAt: string;
                endsAt: string;
                offer: {
                    id: number;
                    title: string;
                } | null;
                /** @enum {string} */
                status: "published" | "cancelled";
                signed: number;
                confirmedHours: number;
                /** @enum {string|null} */
                mine: "signed" | "checked_in" | "checked_out" | "confirmed" | "rejected" | null;
                myHours: number | null;
            }[];
            total: number;
            page: number;
            pageSize: number;
        };
        MyClaimView: {
            id: number;
            offer: {
                id: number;
                title: string;
                /** @enum {string} */
                kind: "voucher" | "course" | "activity" | "subsidy";
                startsAt: string | null;
                place: string;
                surveyQuestion: string | null;
            };
            /** @enum {string} */
            status: "confirmed" | "applied" | "waitlisted" | "offered" | "cancelled" | "lost" | "expired" | "rejected";
            quantity: number;
            rank: number | null;
            holdExpiresAt: string | null;
            pointsSpent: number;
            checkedInAt: string | null;
            createdAt: string;
            feedbackGiven: boolean;
            decisionReason: string | null;
            actions: ("cancel" | "accept" | "checkInCode" | "feedback")[];
        };
        MyContestView: {
            id: number;
            union: {
                id: number;
                name: string;
            };
            title: string;
            description: string;
            opensAt: string;
            closesAt: string;
            questionsPerAttempt: number;
            secondsPerQuestion: number;
            attemptsPerDay: number;
            pointsPerCorrect: number;
            questionCount: number;
            open: boolean;
            attemptsLeftToday: number;
            best: {
                correct: number;
                ms: number;
                rank: number;
            } | null;
            pointsEarned: number;
            runningAttemptId: number | null;
        };
        MyContestsResponse: {
            items: components["schemas"]["MyContestView"][];
        };
        MyCourseDetail: {
            id: number;
            union: {
                id: number;
                name: string;
            };
            title: string;
            summary: string;
            /** @enum {string} */
            category: "skills" | "safety" | "law" | "politics" | "health" | "other";
            lessonCount: number;
            seatsOffer: {
                id: number;
                title: string;
                holding: boolean;
            } | null;
            enrolled: boolean;
            completedLessons: number;
            completedAt: string | null;
            resumeLessonId: number | null;
            certificateCode: string | null;
            lessons: components["schemas"]["MyLessonView"][];
        };
        MyCourseView: {
            id: number;
            union: {
                id: number;
                name: string;
            };
            title: string;
            summary: string;
            /** @enum {string} */
            category: "skills" | "safety" | "law" | "politics" | "health" | "other";
            lessonCount: number;
            seatsOffer: {
                id: number;
                title: string;
                holding: boolean;
            } | null;
            enrolled: boolean;
            completedLessons: number;
            completedAt: string | null;
            resumeLessonId: number | null;
            certificateCode: string | null;
        };
        MyCoursesPage: {
            items: components["schemas"]["MyCourseView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        MyHoursResponse: {
            name: string;
            totalHours: number;
            items: {
                id: number;
                activity: string;
                union: string;
                startsAt: string;
                /** @enum {string} */
                status: "signed" | "checked_in" | "checked_out" | "confirmed" | "rejected";
                hours: number | null;
                points: number | null;
            }[];
        };
        MyLessonDetail: {
            id: number;
            position: number;
            title: string;
            /** @enum {string} */
            kind: "video" | "article" | "pdf";
            seconds: number;
            mediaUrl: string | null;
            mediaBytes: number | null;
            progress: components["schemas"]["LessonProgressView"] | null;
            courseId: number;
            courseTitle: string;
            body: string;
            nextLessonId: number | null;
        };
        MyLessonView: {
            id: number;
            position: number;
            title: string;
            /** @enum {string} */
            kind: "video" | "article" | "pdf";
            seconds: number;
            mediaUrl: string | null;
            mediaBytes: number | null;
            progress: components["schemas"]["LessonProgressView"] | null;
        };
        MyRulesResponse: {
            rule: components["schemas"]["RuleView"] | null;
        };
        MySeekerResponse: {
            seeker: components["schemas"]["SeekerView"] | null;
        };
        MyTeamView: {
            id: number;
            union: {
                id: number;
                name: string;
            };
            name: string;
            /** @enum {string} */
            specialty: "emergency" | "repair" | "legal" | "medical" | "teaching" | "care" | "other";
            description: string;
            openToJoin: boolean;
            /** @enum {string} */
            status: "active" | "closed";
            memberCount: number;
            pendingCount: number;
            leader: {
                id: number;
                name: string;
            } | null;
            /** @enum {string} */
            mine: "none" | "pending" | "member" | "leader";
        };
        MyTeamsPage: {
            items: components["schemas"]["MyTeamView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        MyVolunteerResponse: {
            canRegister: boolean;
            volunteer: components["schemas"]["VolunteerView"] | null;
            teams: components["schemas"]["MyTeamView"][];
        };
        NearbyResponse: {
            origin: {
                lat: number;
                lng: number;
                /** @enum {string} */
                from: "position" | "place";
                place: string | null;
            };
            items: components["schemas"]["StationCardView"][];
        };
        NoticeImportView: {
            year: number;
            days: components["schemas"]["CalendarDayView"][];
            problems: {
                item: string;
                message: {
                    zh: string;
                    en: string;
                };
            }[];
            applied: boolean;
        };
        OfferPage: {
            items: components["schemas"]["OfferView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        OfferView: {
            id: number;
            union: {
                id: number;
                name: string;
            };
            /** @enum {string} */
            kind: "voucher" | "course" | "activity" | "subsidy";
            /** @enum {string} */
            mode: "first_come" | "lottery";
            title: string;
            description: string;
            capacity: number;
            taken: number;
            left: number;
            perMemberLimit: number;
            opensAt: string;
            closesAt: string;
            startsAt: string | null;
            endsAt: string | null;
            place: string;
            teacher: string;
            online: boolean;
            merchant: {
                id: number;
                name: string;
            } | null;
            faceValueFen: number;
            pointsCost: number;
            checkinPoints: number;
            validUntil: string | null;
            eligibleCategories: string[];
            eligibleTags: string[];
            minTenureDays: number;
            waitlist: boolean;
            acceptMinutes: number;
            cancelHours: number | null;
            surveyQuestion: string | null;
            /** @enum {string} */
            status: "draft" | "published" | "cancelled";
            /** @enum {string} */
            phase: "upcoming" | "open" | "closed";
            lottery: {
                drawnAt: string;
                seed: string;
            } | null;
            actions: ("read" | "update" | "publish" | "cancel" | "draw" | "checkIn")[];
        };
        OrderDetail: {
            id: number;
            service: {
                id: number;
                name: string;
                /** @enum {string} */
                specialty: "emergency" | "repair" | "legal" | "medical" | "teaching" | "care" | "other";
            };
            union: {
                id: number;
                name: string;
            };
            /** @enum {string} */
            status: "placed" | "taken" | "done" | "confirmed" | "cancelled";
            requesterName: string;
            wantedAt: string;
            place: string;
            note: string;
            takeBy: string;
            escalated: boolean;
            team: {
                id: number;
                name: string;
            } | null;
            volunteer: string | null;
            takenAt: string | null;
            doneAt: string | null;
            doneNote: string | null;
            proofUrls: string[];
            confirmedAt: string | null;
            rating: number | null;
            ratingComment: string | null;
            award: {
                points: number;
                base: number;
                bonus: number;
                rating: number;
                bonusMinRating: number;
                ruleVersion: number;
                ruleUnion: string;
            } | null;
            createdAt: string;
            requesterPhone: string | null;
            events: components["schemas"]["OrderEventView"][];
        };
        OrderEventView: {
            kind: string;
            at: string;
            /** @enum {string} */
            actor: "admin" | "member" | "system";
            detail: {
                [key: string]: unknown;
            } | null;
        };
        OrderPage: {
            items: components["schemas"]["OrderView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        OrderView: {
            id: number;
            service: {
                id: number;
                name: string;
                /** @enum {string} */
                specialty: "emergency" | "repair" | "legal" | "medical" | "teaching" | "care" | "other";
            };
            union: {
                id: number;
                name: string;
            };
            /** @enum {string} */
            status: "placed" | "taken" | "done" | "confirmed" | "cancelled";
            requesterName: string;
            wantedAt: string;
            place: string;
            note: string;
            takeBy: string;
            escalated: boolean;
            team: {
                id: number;
                name: string;
            } | null;
            volunteer: string | null;
            takenAt: string | null;
            doneAt: string | null;
            doneNote: string | null;
            proofUrls: string[];
            confirmedAt: string | null;
            rating: number | null;
            ratingComment: string | null;
            award: {
                points: number;
                base: number;
                bonus: number;
                rating: number;
                bonusMinRating: number;
                ruleVersion: number;
                ruleUnion: string;
            } | null;
            createdAt: string;
        };
        OverviewResponse: {
            union: {
                id: number;
                name: string;
                level: string;
            };
            trail: {
                id: number;
                name: string;
            }[];
            totals: {
                unions: number;
                baseUnions: number;
                employers: number;
                members: number;
                gigMembers: number;
            };
            unionsByLevel: {
                level: string;
                count: number;
            }[];
            unionsByFormation: {
                formation: string;
                count: number;
            }[];
            membersByCategory: {
                category: string;
                count: number;
            }[];
            children: {
                id: number;
                name: string;
                level: string;
                members: number;
                unions: number;
                hasChildren: boolean;
            }[];
            benefits: {
                activitiesPublished: number;
                participants: number;
                checkedIn: number;
                vouchersIssued: number;
                vouchersRedeemed: number;
                pointsIssued: number;
                pointsSpent: number;
                byChild: {
                    id: number;
                    name: string;
                    activities: number;
                    participants: number;
                    vouchersRedeemed: number;
                }[];
            };
            care: {
                year: number;
                peopleHelped: number | null;
                disbursedFen: number | null;
                cases: number;
                wageArrearsCases: number;
                wageArrearsResolved: number;
                wageArrearsWorkers: number | null;
                recoveredFen: number | null;
                disputesResolved: number;
                onTimeRate: number | null;
                satisfactionRate: number | null;
                consultations: number;
                consultationsBooked: number;
                byChild: {
                    id: number;
                    name: string;
                    peopleHelped: number | null;
                    disbursedFen: number | null;
                    cases: number;
                    wageArrearsCases: number;
                    wageArrearsResolved: number;
                    wageArrearsWorkers: number | null;
                    recoveredFen: number | null;
                    disputesResolved: number;
                    onTimeRate: number | null;
                    satisfactionRate: number | null;
                    consultations: number;
                    consultationsBooked: number;
                }[];
            };
            applications: {
                total: number;
                pending: number;
                approved: number;
                rejected: number;
                approvalRate: number | null;
                medianHoursToApproval: number | null;
            };
            figures: {
                key: string;
                value: number | null;
            }[];
            generatedAt: string;
        };
        OverviewView: {
            from: string;
            to: string;
            items: {
                lawyerAccountId: number;
                lawyer: string;
                union: string;
                slots: number;
                cancelledSlots: number;
                booked: number;
                completed: number;
                noShow: number;
                cancelledBookings: number;
            }[];
        };
        PassView: {
            pass: string;
            expiresAt: string;
            serverTime: string;
        };
        PersonBoardPage: {
            items: components["schemas"]["PersonRowView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        PersonRowView: {
            rank: number;
            name: string;
            union: string;
            correct: number;
            ms: number;
            flagged: boolean;
        };
        PosterResponse: {
            path: string;
            token: string;
            version: number;
        };
        ProfileView: {
            /** @enum {string} */
            tier: "deep" | "accident" | "relative" | "none";
            ruleVersion: number;
            rules: {
                rule: string;
                fired: boolean;
                /** @enum {string|null} */
                tier: "deep" | "accident" | "relative" | "none" | null;
                label: {
                    zh: string;
                    en: string;
                };
                text: {
                    zh: string;
                    en: string;
                } | null;
            }[];
        };
        ProgramView: {
            id: number;
            union: {
                id: number;
                name: string;
            };
            /** @enum {string} */
            kind: "policy_subsidy" | "job" | "material_aid" | "mutual_aid" | "education_grant";
            name: string;
            description: string;
            tiers: ("deep" | "accident" | "relative" | "none")[];
            causes: ("illness" | "accident" | "disaster" | "education" | "other")[];
            maxAmountFen: number | null;
            active: boolean;
        };
        ProgressResult: {
            progress: components["schemas"]["LessonProgressView"];
            courseCompleted: boolean;
            certificateCode: string | null;
        };
        PublicKeyView: {
            /** @enum {string} */
            algorithm: "Ed25519";
            keyId: string;
            publicKey: string;
            previous: {
                keyId: string;
                publicKey: string;
            }[];
        };
        QuestionImportResult: {
            added: number;
            problems: {
                row: number;
                /** @enum {string} */
                problem: "formula" | "kind" | "stem" | "options" | "answer";
            }[];
        };
        QuestionPage: {
            items: components["schemas"]["QuestionView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        QuestionView: {
            id: number;
            union: {
                id: number;
                name: string;
            };
            /** @enum {string} */
            kind: "single" | "multiple" | "judge";
            stem: string;
            options: string[];
            answer: number[];
            explanation: string;
            tags: string[];
            active: boolean;
        };
        ReaderArticlePage: {
            items: components["schemas"]["ReaderArticleResult"][];
            total: number;
            page: number;
            pageSize: number;
        };
        ReaderArticleResult: {
            id: number;
            /** @enum {string} */
            kind: "news" | "policy" | "notice" | "guide";
            title: string;
            summary: string;
            union: string;
            pinned: boolean;
            publishedAt: string;
            read: boolean;
            words: string[];
        };
        ReaderArticleView: {
            id: number;
            /** @enum {string} */
            kind: "news" | "policy" | "notice" | "guide";
            title: string;
            summary: string;
            union: string;
            pinned: boolean;
            publishedAt: string;
            read: boolean;
            bodyHtml: string;
            tags: string[];
            attachments: components["schemas"]["AttachmentView"][];
        };
        RecipientPage: {
            items: components["schemas"]["RecipientView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        RecipientView: {
            union: {
                id: number;
                name: string;
            };
            /** @enum {string} */
            status: "unread" | "read" | "replied" | "overdue";
            readAt: string | null;
            repliedAt: string | null;
            replyText: string | null;
            reminders: number;
            remindedAt: string | null;
        };
        RecommendationView: {
            items: {
                id: number;
                /** @enum {string} */
                kind: "policy_subsidy" | "job" | "material_aid" | "mutual_aid" | "education_grant";
                name: string;
                description: string;
                union: string;
                maxAmountFen: number | null;
                why: {
                    zh: string;
                    en: string;
                };
            }[];
        };
        ReconcileView: {
            accounts: number;
            memberPointsOutstanding: number;
            negativeBalances: number;
            ledgerSum: number;
            mismatches: {
                memberId: number;
                balance: number;
                computed: number;
            }[];
            checkedAt: string;
        };
        RedemptionView: {
            code: string;
            /** @enum {string} */
            status: "valid" | "used" | "expired" | "void";
            offerTitle: string;
            faceValueFen: number;
            member: string;
            validUntil: string | null;
            redeemedAt: string | null;
        };
        RegistrationPage: {
            items: components["schemas"]["RegistrationView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        RegistrationView: {
            id: number;
            member: {
                id: number;
                name: string;
                cardNo: string | null;
            };
            /** @enum {string} */
            status: "confirmed" | "applied" | "waitlisted" | "offered" | "cancelled" | "lost" | "expired" | "rejected";
            quantity: number;
            rank: number | null;
            checkedInAt: string | null;
            surveyAnswer: string | null;
            rating: number | null;
            comment: string | null;
            createdAt: string;
        };
        RemindResult: {
            reminded: number;
            texted: number;
        };
        RevealResponse: {
            /** @enum {string} */
            field: "idNumber" | "phone";
            value: string;
        };
        ReviewPage: {
            items: components["schemas"]["ReviewView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        ReviewPublicView: {
            id: number;
            name: string;
            rating: number;
            comment: string;
            reply: string | null;
            createdAt: string;
        };
        ReviewView: {
            id: number;
            name: string;
            rating: number;
            comment: string;
            reply: string | null;
            createdAt: string;
            station: {
                id: number;
                name: string;
            };
            /** @enum {string} */
            status: "open" | "answered" | "closed";
            repliedAt: string | null;
            actions: ("reply" | "close")[];
        };
        RoomBookingPage: {
            items: components["schemas"]["RoomBookingView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        RoomBookingView: {
            id: number;
            station: {
                id: number;
                name: string;
            };
            room: {
                id: number;
                name: string;
            };
            slotId: number;
            startsAt: string;
            endsAt: string;
            /** @enum {string} */
            status: "pending" | "confirmed" | "rejected" | "cancelled" | "attended" | "no_show";
            note: string;
            createdAt: string;
            checkedInAt: string | null;
            member: string | null;
            cancelUntil: string;
            reviewable: boolean;
            actions: ("cancel" | "approve" | "reject" | "checkIn")[];
        };
        RoomSlotView: {
            id: number;
            startsAt: string;
            endsAt: string;
            opensAt: string;
            capacity: number;
            left: number;
            /** @enum {string} */
            status: "open" | "closed";
            bookable: boolean;
            mine: number | null;
        };
        RoomSummary: {
            id: number;
            name: string;
            capacity: number;
            slotMinutes: number;
            needsApproval: boolean;
            horizonDays: number;
            releaseTime: string;
            cancelHours: number;
            perMemberLimit: number;
        };
        RoomView: {
            id: number;
            name: string;
            capacity: number;
            slotMinutes: number;
            needsApproval: boolean;
            horizonDays: number;
            releaseTime: string;
            cancelHours: number;
            perMemberLimit: number;
            stationId: number;
            weekdays: number[];
            dayOpens: string;
            dayCloses: string;
            /** @enum {string} */
            status: "active" | "retired";
        };
        RoomsResponse: {
            items: components["schemas"]["RoomView"][];
        };
        RulePage: {
            items: components["schemas"]["RuleView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        RuleSetView: {
            version: number;
            config: {
                lines: {
                    minLivingMonthlyFen: number;
                    lowIncomeMonthlyFen: number;
                    unionId: number;
                    name: string;
                }[];
                defaultLine: {
                    minLivingMonthlyFen: number;
                    lowIncomeMonthlyFen: number;
                };
                medicalBurdenPercent: number;
                dependantSharePercent: number;
                dependantIncomeMarginPercent: number;
                accidentMinFen: number;
                approvalThresholdFen: number;
                emergencyThresholdFen: number;
                yearlyCapFen: number;
            };
            note: string;
            createdAt: string;
            createdBy: string | null;
        };
        RuleView: {
            id: number;
            union: {
                id: number;
                name: string;
            };
            version: number;
            orderPoints: number;
            pointsBySpecialty: {
                [key: string]: number;
            };
            bonusMinRating: number;
            bonusPoints: number;
            hourPoints: number;
            note: string;
            publishedBy: string;
            publishedAt: string;
        };
        ScanResult: {
            /** @enum {string} */
            status: "checked_in" | "checked_out";
            at: string;
            hours: number | null;
        };
        ScorePage: {
            items: components["schemas"]["ScoreView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        ScoreView: {
            station: {
                id: number;
                name: string;
                /** @enum {string} */
                kind: "rest" | "red" | "gig" | "workers_home" | "activity_centre" | "partner_venue";
                unionName: string;
            };
            month: string;
            version: string;
            score: number;
            rank: number;
            parts: {
                activity: number;
                rating: number;
                handling: number;
            };
            inputs: {
                visits: number;
                attended: number;
                reviews: number;
                ratingSum: number;
                feedback: number;
                answered: number;
                answeredIn48h: number;
            };
        };
        SeatOffersResponse: {
            items: {
                id: number;
                title: string;
                union: {
                    id: number;
                    name: string;
                };
                capacity: number;
            }[];
        };
        SeekerView: {
            consent: boolean;
            consentedAt: string | null;
            withdrawnAt: string | null;
            kinds: ("gig" | "long_term")[];
            skills: string[];
            withinKm: number | null;
            minPay: number | null;
            hasLocation: boolean;
        };
        ServedQuestionView: {
            position: number;
            total: number;
            /** @enum {string} */
            kind: "single" | "multiple" | "judge";
            stem: string;
            options: string[];
            servedAt: string;
            deadline: string;
            seconds: number;
        };
        SessionResponse: {
            /** @enum {string} */
            kind: "anonymous" | "admin" | "member";
            /** @enum {string|null} */
            stage: "full" | "mfa" | "mfa_enrol" | "password_change" | null;
            csrfToken: string | null;
            demo: boolean;
            wholeTree: boolean;
            account: {
                id: number;
                username: string;
                displayName: string;
                totpEnabled: boolean;
                phone: string | null;
            } | null;
            grants: {
                id: number;
                /** @enum {string} */
                role: "system_admin" | "union_admin" | "membership_officer" | "case_handler" | "station_manager" | "editor" | "auditor" | "benefits_officer" | "merchant_clerk" | "assistance_officer" | "lawyer";
                unionId: number;
                unionName: string;
            }[];
            permissions: ("union.read" | "union.manage" | "account.read" | "account.manage" | "member.read" | "member.manage" | "member.reveal" | "audit.read" | "cockpit.read" | "case.handle" | "station.manage" | "station.operate" | "content.edit" | "offer.manage" | "points.manage" | "voucher.redeem" | "assistance.handle" | "legal.serve" | "volunteer.manage" | "job.manage")[];
            member: {
                memberId: number | null;
            } | null;
        };
        SignupsResponse: {
            items: {
                id: number;
                name: string;
                phone: string;
                /** @enum {string} */
                status: "signed" | "checked_in" | "checked_out" | "confirmed" | "rejected";
                checkinAt: string | null;
                checkoutAt: string | null;
                hours: number | null;
                points: number | null;
            }[];
        };
        SlaPolicyView: {
            id: number;
            union: {
                id: number;
                name: string;
            };
            /** @enum {string} */
            category: "any" | "wage_arrears" | "labour_dispute" | "work_injury" | "social_insurance" | "occupational_safety" | "other";
            firstResponseMinutes: number;
            resolutionMinutes: number;
        };
        SlotView: {
            id: number;
            startsAt: string;
            endsAt: string;
            /** @enum {string} */
            mode: "in_person" | "phone" | "video";
            place: string | null;
            lawyer: string;
            union: string;
            /** @enum {string} */
            status: "open" | "cancelled";
            booked: boolean;
            booking: {
                id: number;
                /** @enum {string} */
                status: "booked" | "cancelled" | "completed" | "no_show";
                topic: string;
                outcome: string | null;
                memberName: string | null;
                phoneMasked: string | null;
                createdAt: string;
            } | null;
        };
        SlotsResponse: {
            items: components["schemas"]["RoomSlotView"][];
        };
        SmsRequestResponse: {
            /** @enum {boolean} */
            sent: true;
            retryAfterSeconds: number;
        };
        StationCardView: {
            id: number;
            /** @enum {string} */
            kind: "rest" | "red" | "gig" | "workers_home" | "activity_centre" | "partner_venue";
            /** @enum {string} */
            owner: "union" | "youth_league" | "women_federation" | "science_association" | "other";
            ownerName: string;
            name: string;
            address: string;
            unionName: string;
            lat: number;
            lng: number;
            gcj02: {
                lat: number;
                lng: number;
            };
            km: number;
            open: boolean;
            amenities: string[];
            movable: boolean;
        };
        StationPage: {
            items: components["schemas"]["StationView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        StationView: {
            id: number;
            union: {
                id: number;
                name: string;
            };
            /** @enum {string} */
            kind: "rest" | "red" | "gig" | "workers_home" | "activity_centre" | "partner_venue";
            /** @enum {string} */
            owner: "union" | "youth_league" | "women_federation" | "science_association" | "other";
            ownerName: string;
            name: string;
            address: string;
            lat: number;
            lng: number;
            gcj02: {
                lat: number;
                lng: number;
            };
            hours: {
                allDay: boolean;
                weekly: {
                    day: number;
                    open: string;
                    close: string;
                }[];
                /** @enum {string} */
                holidays: "open" | "closed";
            };
            amenities: string[];
            story: string;
            contact: string;
            photos: {
                name: string;
                url: string;
            }[];
            movable: boolean;
            movedAt: string | null;
            positionFlagged: boolean;
            /** @enum {string} */
            status: "active" | "retired";
            managers: {
                id: number;
                username: string;
                displayName: string;
            }[];
            actions: ("operate" | "manage")[];
        };
        StationsPanelView: {
            stations: {
                id: number;
                name: string;
                /** @enum {string} */
                kind: "rest" | "red" | "gig" | "workers_home" | "activity_centre" | "partner_venue";
                lat: number;
                lng: number;
                gcj02: {
                    lat: number;
                    lng: number;
                };
            }[];
            byKind: {
                /** @enum {string} */
                kind: "rest" | "red" | "gig" | "workers_home" | "activity_centre" | "partner_venue";
                count: number;
            }[];
            visitsByDay: {
                day: string;
                visits: number;
            }[];
            bookings: number;
            rating: number | null;
            reviews: number;
            ranking: {
                rank: number;
                station: {
                    id: number;
                    name: string;
                    /** @enum {string} */
                    kind: "rest" | "red" | "gig" | "workers_home" | "activity_centre" | "partner_venue";
                    unionName: string;
                };
                score: number;
            }[];
        };
        TeamDetail: {
            id: number;
            union: {
                id: number;
                name: string;
            };
            name: string;
            /** @enum {string} */
            specialty: "emergency" | "repair" | "legal" | "medical" | "teaching" | "care" | "other";
            description: string;
            openToJoin: boolean;
            /** @enum {string} */
            status: "active" | "closed";
            memberCount: number;
            pendingCount: number;
            leader: {
                id: number;
                name: string;
            } | null;
            members: components["schemas"]["TeamMemberView"][];
        };
        TeamMemberView: {
            volunteerId: number;
            name: string;
            phone: string;
            /** @enum {string} */
            role: "leader" | "member";
            /** @enum {string} */
            status: "pending" | "active" | "left";
            joinedAt: string;
        };
        TeamPage: {
            items: components["schemas"]["TeamView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        TeamView: {
            id: number;
            union: {
                id: number;
                name: string;
            };
            name: string;
            /** @enum {string} */
            specialty: "emergency" | "repair" | "legal" | "medical" | "teaching" | "care" | "other";
            description: string;
            openToJoin: boolean;
            /** @enum {string} */
            status: "active" | "closed";
            memberCount: number;
            pendingCount: number;
            leader: {
                id: number;
                name: string;
            } | null;
        };
        TotpSetupResponse: {
            secret: string;
            otpauthUri: string;
            qrDataUrl: string;
        };
        TrainingPage: {
            items: components["schemas"]["TrainingView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        TrainingSummary: {
            sessions: number;
            attendances: number;
            byKind: {
                /** @enum {string} */
                kind: "pre_shift" | "class" | "lecture";
                sessions: number;
                attendances: number;
            }[];
        };
        TrainingView: {
            id: number;
            union: {
                id: number;
                name: string;
            };
            /** @enum {string} */
            kind: "pre_shift" | "class" | "lecture";
            topic: string;
            heldOn: string;
            attendees: number;
            photoUrls: string[];
        };
        TransferPage: {
            items: components["schemas"]["TransferView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        TransferView: {
            id: number;
            member: {
                id: number;
                name: string;
            };
            from: {
                id: number;
                name: string;
            };
            to: {
                id: number;
                name: string;
            };
            /** @enum {string} */
            status: "pending_out" | "pending_in" | "completed" | "rejected" | "cancelled";
            reason: string | null;
            decisionReason: string | null;
            /** @enum {string} */
            requestedBy: "member" | "admin";
            createdAt: string;
            decidedAt: string | null;
            actions: ("read" | "approve" | "reject" | "cancel")[];
        };
        UnionBoardResponse: {
            items: components["schemas"]["UnionRowView"][];
        };
        UnionDetail: {
            id: number;
            parentId: number | null;
            name: string;
            /** @enum {string} */
            level: "province" | "city" | "county" | "township" | "base";
            /** @enum {string} */
            formation: "single" | "joint" | "industry" | "area";
            active: boolean;
            hasChildren: boolean;
            ancestors: {
                id: number;
                name: string;
            }[];
            actions: ("read" | "update" | "createChild" | "move" | "deactivate" | "reactivate" | "manageEmployers")[];
            serves: string[];
            autoApprove: boolean;
            address: string | null;
            lng: number | null;
            lat: number | null;
            childCount: number;
            memberCount: number;
            employerCount: number;
            createdAt: string;
            updatedAt: string;
        };
        UnionPage: {
            items: components["schemas"]["UnionSummary"][];
            total: number;
            page: number;
            pageSize: number;
        };
        UnionRowView: {
            union: {
                id: number;
                name: string;
            };
            members: number;
            participants: number;
            rate: number;
            averageCorrect: number;
        };
        UnionSummary: {
            id: number;
            parentId: number | null;
            name: string;
            /** @enum {string} */
            level: "province" | "city" | "county" | "township" | "base";
            /** @enum {string} */
            formation: "single" | "joint" | "industry" | "area";
            active: boolean;
            hasChildren: boolean;
            ancestors: {
                id: number;
                name: string;
            }[];
            actions: ("read" | "update" | "createChild" | "move" | "deactivate" | "reactivate" | "manageEmployers")[];
        };
        VerifyResult: {
            valid: boolean;
            /** @enum {string|null} */
            reason: "format" | "signature" | "expired" | "revoked" | null;
            cardNo: string | null;
            name: string | null;
            unionName: string | null;
            expiresAt: string | null;
        };
        VisitPage: {
            items: components["schemas"]["VisitView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        VisitView: {
            id: number;
            station: {
                id: number;
                name: string;
            };
            service: string;
            /** @enum {string} */
            via: "qr" | "card";
            visitedAt: string;
            bookingId: number | null;
            member: string | null;
            reviewable: boolean;
            repeated: boolean;
        };
        VolunteerPage: {
            items: components["schemas"]["VolunteerView"][];
            total: number;
            page: number;
            pageSize: number;
        };
        VolunteerView: {
            id: number;
            union: {
                id: number;
                name: string;
            };
            name: string;
            phone: string;
            skills: string[];
            availability: string;
            areas: string;
            intention: string;
            modelWorker: boolean;
            /** @enum {string} */
            status: "active" | "withdrawn";
            registeredAt: string;
        };
        WalkinResult: {
            member: boolean;
        };
        WalkinsResponse: {
            items: {
                id: number;
                name: string;
                phone: string;
                skills: string[];
                kinds: ("gig" | "long_term")[];
                consent: boolean;
                registeredAt: string;
            }[];
        };
        WordingResult: {
            issues: {
                kind: string;
                text: string;
            }[];
        };
    };
    responses: {
        /** @description Refused: bad input (400), not signed in (401), not allowed (403), not found (404), a conflict (409). */
        Refused: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    error: {
                        /** @description Stable code, e.g. VALIDATION_FAILED, NOT_FOUND, FORBIDDEN. */
                        code: string;
                        /** @description In the language the request asked for. */
                        message: string;
                        messages: {
                            "zh-CN": string;
                            en: string;
                        };
                        /** @description The input field at fault, when there is one. */
                        field?: string;
                        requestId: string;
                    };
                };
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getApiAccounts: {
        parameters: {
            query?: {
                q?: string;
                unionId?: number;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    displayName: string;
                    /** @enum {string} */
                    role: "system_admin" | "union_admin" | "membership_officer" | "case_handler" | "station_manager" | "editor" | "auditor" | "benefits_officer" | "merchant_clerk" | "assistance_officer" | "lawyer";
                    unionId: number;
                    merchantId?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        account: components["schemas"]["AccountView"];
                        initialPassword: string;
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiAccountsGrantableRoles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantableRolesView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiAccountsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiAccountsByIdGrants: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    role: "system_admin" | "union_admin" | "membership_officer" | "case_handler" | "station_manager" | "editor" | "auditor" | "benefits_officer" | "merchant_clerk" | "assistance_officer" | "lawyer";
                    unionId: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    deleteApiAccountsByIdGrantsByGrantId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                grantId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiAccountsByIdDisable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiAccountsByIdEnable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiAccountsByIdResetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        account: components["schemas"]["AccountView"];
                        initialPassword: string;
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMeAppeals: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AppealSummary"][];
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeAppeals: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    category: "wage_arrears" | "labour_dispute" | "work_injury" | "social_insurance" | "occupational_safety" | "other";
                    employerName: string;
                    employerCreditCode?: string;
                    amountOwedFen?: number;
                    peopleAffected: number;
                    description: string;
                    areaUnionId?: number;
                    /** @default [] */
                    evidenceFileIds?: number[];
                    /** @default false */
                    anonymous?: boolean;
                    workerName?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeAppealsByIdReply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text: string;
                    /** @default [] */
                    evidenceFileIds?: number[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeAppealsByIdRate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    rating: number;
                    comment?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiAppealsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiAppeals: {
        parameters: {
            query?: {
                status?: "submitted" | "accepted" | "in_progress" | "awaiting_worker" | "referred" | "refused" | "resolved";
                category?: "wage_arrears" | "labour_dispute" | "work_injury" | "social_insurance" | "occupational_safety" | "other";
                overdue?: "true";
                flagged?: "true";
                watching?: "true";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiAppeals: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    category: "wage_arrears" | "labour_dispute" | "work_injury" | "social_insurance" | "occupational_safety" | "other";
                    employerName: string;
                    employerCreditCode?: string;
                    amountOwedFen?: number;
                    peopleAffected: number;
                    description: string;
                    areaUnionId?: number;
                    /** @default [] */
                    evidenceFileIds?: number[];
                    /** @default false */
                    anonymous?: boolean;
                    workerName: string;
                    phone: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiAppealsByIdAccept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiAppealsByIdStart: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiAppealsByIdRefer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    to: "labour_inspection" | "arbitration" | "court" | "other";
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiAppealsByIdRefuse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiAppealsByIdRequestInfo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiAppealsByIdNotes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiAppealsByIdResolve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    outcome: string;
                    /** @default 0 */
                    recoveredFen?: number;
                    /** @default 0 */
                    workersCovered?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiAppealsByIdReopen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiAppealSlaPolicies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SlaPolicyView"][];
                        defaults: {
                            firstResponseMinutes: number;
                            resolutionMinutes: number;
                        };
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    putApiAppealSlaPolicies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    unionId: number;
                    /** @enum {string} */
                    category: "any" | "wage_arrears" | "labour_dispute" | "work_injury" | "social_insurance" | "occupational_safety" | "other";
                    firstResponseMinutes: number;
                    resolutionMinutes: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaPolicyView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    deleteApiAppealSlaPoliciesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiWorkCalendar: {
        parameters: {
            query: {
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CalendarDayView"][];
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    putApiWorkCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    day: string;
                    /** @enum {string} */
                    kind: "holiday" | "workday";
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarDayView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiWorkCalendarImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    year: number;
                    text: string;
                    /** @default false */
                    apply?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeImportView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    deleteApiWorkCalendarByDay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                day: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMeAssistance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ApplicationSummary"][];
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeAssistance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    cause: "illness" | "accident" | "disaster" | "education" | "other";
                    /** @enum {string} */
                    employment: "employed" | "flexible" | "unemployed" | "retired" | "unable";
                    /** @default false */
                    emergency?: boolean;
                    household: {
                        /** @enum {string} */
                        relation: "self" | "spouse" | "child" | "parent" | "other";
                        age: number;
                        annualIncomeFen: number;
                        dependant: boolean;
                    }[];
                    health: {
                        /** @enum {string} */
                        condition: "healthy" | "chronic" | "serious" | "disabled";
                        note?: string | null;
                    };
                    medicalSelfPaidFen: number;
                    story: string;
                    /** @default [] */
                    evidenceFileIds?: number[];
                    /** @default false */
                    guardianConsent?: boolean;
                    /** @enum {boolean} */
                    consent: true;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AidApplicationView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeAssistanceByIdWithdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AidApplicationView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiAssistanceById: {
        parameters: {
            query?: {
                reveal?: "true" | "false";
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AidApplicationView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    putApiAssistanceById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    cause: "illness" | "accident" | "disaster" | "education" | "other";
                    /** @enum {string} */
                    employment: "employed" | "flexible" | "unemployed" | "retired" | "unable";
                    household: {
                        /** @enum {string} */
                        relation: "self" | "spouse" | "child" | "parent" | "other";
                        age: number;
                        annualIncomeFen: number;
                        dependant: boolean;
                    }[];
                    health: {
                        /** @enum {string} */
                        condition: "healthy" | "chronic" | "serious" | "disabled";
                        note?: string | null;
                    };
                    medicalSelfPaidFen: number;
                    story: string;
                    /** @default false */
                    guardianConsent?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AidApplicationView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiAssistance: {
        parameters: {
            query?: {
                status?: "submitted" | "proposed" | "approved" | "disbursed" | "refused" | "withdrawn";
                tier?: "deep" | "accident" | "relative" | "none";
                emergency?: "true" | "false";
                reverifyDue?: "true";
                q?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AidApplicationPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiAssistance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    cause: "illness" | "accident" | "disaster" | "education" | "other";
                    /** @enum {string} */
                    employment: "employed" | "flexible" | "unemployed" | "retired" | "unable";
                    /** @default false */
                    emergency?: boolean;
                    household: {
                        /** @enum {string} */
                        relation: "self" | "spouse" | "child" | "parent" | "other";
                        age: number;
                        annualIncomeFen: number;
                        dependant: boolean;
                    }[];
                    health: {
                        /** @enum {string} */
                        condition: "healthy" | "chronic" | "serious" | "disabled";
                        note?: string | null;
                    };
                    medicalSelfPaidFen: number;
                    story: string;
                    /** @default [] */
                    evidenceFileIds?: number[];
                    /** @default false */
                    guardianConsent?: boolean;
                    /** @enum {boolean} */
                    consent: true;
                    memberId?: number;
                    applicant?: {
                        name: string;
                        idNumber: string;
                        phone: string;
                    };
                    unionId: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AidApplicationView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiAssistanceSearch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status?: "submitted" | "proposed" | "approved" | "disbursed" | "refused" | "withdrawn";
                    /** @enum {string} */
                    tier?: "deep" | "accident" | "relative" | "none";
                    /** @enum {string} */
                    emergency?: "true" | "false";
                    /** @enum {string} */
                    reverifyDue?: "true";
                    q?: string;
                    /** @default 1 */
                    page?: number;
                    /** @default 20 */
                    pageSize?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AidApplicationPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiAssistanceExportCsv: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiAssistanceByIdHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ApplicationSummary"][];
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiAssistanceByIdRecommendations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecommendationView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiAssistanceByIdPropose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amountFen: number;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AidApplicationView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiAssistanceByIdApprove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amountFen?: number;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AidApplicationView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiAssistanceByIdRefuse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AidApplicationView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiAssistanceByIdDisbursements: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amountFen: number;
                    /** @enum {string} */
                    method: "bank_transfer" | "cash" | "wechat" | "in_kind";
                    /** Format: date */
                    paidOn: string;
                    reference?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AidApplicationView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiAssistanceByIdHelp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    programId?: number;
                    /** @enum {string} */
                    kind: "policy_subsidy" | "job" | "material_aid" | "mutual_aid" | "education_grant";
                    note: string;
                    valueFen?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AidApplicationView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiAssistanceByIdReverify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AidApplicationView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiAssistanceByIdReviewers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            username: string;
                            displayName: string;
                            unionName: string;
                        }[];
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    putApiAssistanceByIdReviewer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    accountId: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AidApplicationView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiAssistanceRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["RuleSetView"][];
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiAssistanceRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    config: {
                        lines: {
                            minLivingMonthlyFen: number;
                            lowIncomeMonthlyFen: number;
                            unionId: number;
                            name: string;
                        }[];
                        defaultLine: {
                            minLivingMonthlyFen: number;
                            lowIncomeMonthlyFen: number;
                        };
                        medicalBurdenPercent: number;
                        dependantSharePercent: number;
                        dependantIncomeMarginPercent: number;
                        accidentMinFen: number;
                        approvalThresholdFen: number;
                        emergencyThresholdFen: number;
                        yearlyCapFen: number;
                    };
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleSetView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiAssistancePrograms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ProgramView"][];
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiAssistancePrograms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    unionId: number;
                    /** @enum {string} */
                    kind: "policy_subsidy" | "job" | "material_aid" | "mutual_aid" | "education_grant";
                    name: string;
                    description: string;
                    /** @default [] */
                    tiers?: ("deep" | "accident" | "relative" | "none")[];
                    /** @default [] */
                    causes?: ("illness" | "accident" | "disaster" | "education" | "other")[];
                    maxAmountFen?: number | null;
                    /** @default true */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    putApiAssistanceProgramsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    unionId: number;
                    /** @enum {string} */
                    kind: "policy_subsidy" | "job" | "material_aid" | "mutual_aid" | "education_grant";
                    name: string;
                    description: string;
                    /** @default [] */
                    tiers?: ("deep" | "accident" | "relative" | "none")[];
                    /** @default [] */
                    causes?: ("illness" | "accident" | "disaster" | "education" | "other")[];
                    maxAmountFen?: number | null;
                    /** @default true */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiAssistanceBudgets: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AidBudgetView"][];
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    putApiAssistanceBudgets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    unionId: number;
                    year: number;
                    amountFen: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AidBudgetView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiAuditEvents: {
        parameters: {
            query?: {
                action?: string;
                actor?: string;
                outcome?: "success" | "failure";
                targetType?: string;
                targetId?: string;
                from?: string;
                to?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiAuditEventsExport: {
        parameters: {
            query?: {
                action?: string;
                actor?: string;
                outcome?: "success" | "failure";
                targetType?: string;
                targetId?: string;
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiAuthSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponse"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiAuthAdminLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiAuthAdminTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiAuthAdminPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiAuthTotpSetup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TotpSetupResponse"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiAuthTotpEnable: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiAuthPhoneCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    phone: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsRequestResponse"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    putApiAuthPhone: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    phone: string;
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountPhoneView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    deleteApiAuthPhone: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountPhoneView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiAuthSmsRequest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    phone: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsRequestResponse"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiAuthMemberLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    phone: string;
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiAuthSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            createdAt: string;
                            lastSeenAt: string;
                            ip: string | null;
                            userAgent: string | null;
                            current: boolean;
                        }[];
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiAuthSessionsBySidEnd: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sid: "others" | string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndedResponse"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiAuthLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMeCard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiCardPublicKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicKeyView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiCardVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerifyResult"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiCockpitOverview: {
        parameters: {
            query?: {
                unionId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverviewResponse"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMeLegalSlots: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SlotView"][];
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMeConsultations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["BookingView"][];
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeConsultations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    slotId: number;
                    topic: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeConsultationsByIdCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiLegalSlots: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SlotView"][];
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiLegalSlots: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    startsAt: string;
                    /** Format: date-time */
                    endsAt: string;
                    /** @enum {string} */
                    mode: "in_person" | "phone" | "video";
                    place?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlotView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiLegalSlotsByIdCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiConsultationsByIdOutcome: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status: "completed" | "no_show";
                    outcome?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiLegalOverview: {
        parameters: {
            query: {
                from: string;
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverviewView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiArticlesImages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleImageResult"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getMediaArticlesByName: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMeArticles: {
        parameters: {
            query?: {
                kind?: "news" | "policy" | "notice" | "guide";
                q?: string | null;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReaderArticlePage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMeArticlesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReaderArticleView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiArticles: {
        parameters: {
            query?: {
                status?: "draft" | "in_review" | "published" | "withdrawn";
                kind?: "news" | "policy" | "notice" | "guide";
                q?: string | null;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticlePage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiArticles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    unionId: number;
                    /** @enum {string} */
                    kind: "news" | "policy" | "notice" | "guide";
                    title: string;
                    summary?: string | null;
                    bodyHtml: string;
                    tags?: string[];
                    /** @default [] */
                    audienceCategories?: ("employee" | "rider" | "courier" | "ride_hailing" | "trucking" | "domestic" | "other_gig")[];
                    audienceTags?: string[];
                    /** @default false */
                    pinned?: boolean;
                    /** Format: date-time */
                    publishAt?: string | null;
                    /** Format: date-time */
                    expiresAt?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiArticlesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    putApiArticlesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    unionId: number;
                    /** @enum {string} */
                    kind: "news" | "policy" | "notice" | "guide";
                    title: string;
                    summary?: string | null;
                    bodyHtml: string;
                    tags?: string[];
                    /** @default [] */
                    audienceCategories?: ("employee" | "rider" | "courier" | "ride_hailing" | "trucking" | "domestic" | "other_gig")[];
                    audienceTags?: string[];
                    /** @default false */
                    pinned?: boolean;
                    /** Format: date-time */
                    publishAt?: string | null;
                    /** Format: date-time */
                    expiresAt?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiArticlesByIdPublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiArticlesByIdSubmit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiArticlesByIdApprove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiArticlesByIdWithdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiArticlesByIdReject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiArticlesByIdAttachments: {
        parameters: {
            query: {
                name: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiArticlesByIdAttachmentsByAttachmentId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                attachmentId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    deleteApiArticlesByIdAttachmentsByAttachmentId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                attachmentId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiQuizQuestions: {
        parameters: {
            query?: {
                q?: string | null;
                tag?: string | null;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiQuizQuestions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    unionId: number;
                    /** @enum {string} */
                    kind: "single" | "multiple" | "judge";
                    stem: string;
                    options: string[];
                    answer: number[];
                    explanation?: string | null;
                    tags?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiQuizQuestionsImport: {
        parameters: {
            query: {
                unionId: number;
                fileName: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionImportResult"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiQuizQuestionsByIdRetire: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiContests: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContestPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiContests: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    unionId: number;
                    title: string;
                    description?: string | null;
                    /** Format: date-time */
                    opensAt: string;
                    /** Format: date-time */
                    closesAt: string;
                    questionsPerAttempt: number;
                    secondsPerQuestion: number;
                    attemptsPerDay: number;
                    /** @default 0 */
                    pointsPerCorrect?: number;
                    questionIds: number[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContestView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiContestsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContestView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiContestsByIdPublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContestView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiContestsByIdLeaderboard: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonBoardPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiContestsByIdResultsXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiContestsByIdUnions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnionBoardResponse"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMeContests: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyContestsResponse"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMeContestsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyContestView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMeContestsByIdLeaderboard: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonBoardPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeContestsByIdAttempts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttemptView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMeContestAttemptsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttemptView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeContestAttemptsByIdAnswer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    position: number;
                    choices: number[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnswerResult"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMePhoneCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    phone: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsRequestResponse"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMeCorrections: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CorrectionView"][];
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeCorrections: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    field: "phone";
                    phone: string;
                    code: string;
                } | {
                    /** @enum {string} */
                    field: "employer";
                    employerId: number;
                } | {
                    /** @enum {string} */
                    field: "address";
                    address: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CorrectionView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeCorrectionsByIdCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CorrectionView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiCorrections: {
        parameters: {
            query?: {
                status?: "pending" | "approved" | "rejected" | "cancelled";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CorrectionPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiCorrectionsByIdApprove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CorrectionView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiCorrectionsByIdReject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CorrectionView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiCourses: {
        parameters: {
            query?: {
                status?: "draft" | "published" | "withdrawn";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoursePage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiCourses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    unionId: number;
                    title: string;
                    summary?: string | null;
                    /** @enum {string} */
                    category: "skills" | "safety" | "law" | "politics" | "health" | "other";
                    offerId?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseDetail"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiCoursesSeatOffers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeatOffersResponse"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiCoursesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseDetail"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    patchApiCoursesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    summary?: string | null;
                    /** @enum {string} */
                    category?: "skills" | "safety" | "law" | "politics" | "health" | "other";
                    offerId?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseDetail"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiCoursesByIdPublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseDetail"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiCoursesByIdWithdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseDetail"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiCoursesByIdLessons: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    body: string;
                    /** @default 0 */
                    seconds?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseDetail"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiCoursesByIdLessonsUpload: {
        parameters: {
            query: {
                title: string;
                kind: "video" | "pdf";
                seconds?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseDetail"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiCoursesByIdLessonsByLessonIdMove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                lessonId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    position: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseDetail"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    deleteApiCoursesByIdLessonsByLessonId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                lessonId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseDetail"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getMediaLessonsByName: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiTrainingSessions: {
        parameters: {
            query?: {
                unionId?: number;
                kind?: "pre_shift" | "class" | "lecture";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiTrainingSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    unionId: number;
                    /** @enum {string} */
                    kind: "pre_shift" | "class" | "lecture";
                    topic: string;
                    /** Format: date */
                    heldOn: string;
                    attendees: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiTrainingSessionsSummary: {
        parameters: {
            query?: {
                unionId?: number;
                kind?: "pre_shift" | "class" | "lecture";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingSummary"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiTrainingSessionsByIdPhotos: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    deleteApiTrainingSessionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getMediaTrainingByName: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMeCourses: {
        parameters: {
            query?: {
                mine?: "all" | "enrolled";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyCoursesPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMeCoursesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyCourseDetail"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeCoursesByIdEnrol: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyCourseDetail"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeLessonsByIdOpen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyLessonDetail"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeLessonsByIdProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    positionSeconds: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressResult"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeLessonsByIdComplete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressResult"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMeCertificatesByCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiCertificatesByCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiDocuments: {
        parameters: {
            query: {
                box: "sent" | "received";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    unionId: number;
                    title: string;
                    bodyHtml: string;
                    /** @enum {string} */
                    recipientLevel: "city" | "county" | "township" | "base";
                    /** @default false */
                    replyRequired?: boolean;
                    dueWorkingDays?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiDocumentsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiDocumentsByIdRecipients: {
        parameters: {
            query?: {
                status?: "unread" | "read" | "replied" | "overdue";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecipientPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiDocumentsByIdRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    unionId: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiDocumentsByIdReply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    unionId: number;
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiDocumentsByIdRemind: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemindResult"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiEmployers: {
        parameters: {
            query?: {
                q?: string;
                unionId?: number;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiEmployers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    creditCode: string;
                    name: string;
                    address?: string | null;
                    unionId: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiEmployersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    patchApiEmployersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    address?: string | null;
                    unionId?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiExportRequests: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportRequestPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiExportRequests: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "members";
                    filters: {
                        unionId?: number;
                        employerId?: number;
                        q?: string;
                        /** @enum {string} */
                        status?: "active" | "left";
                        /** @enum {string} */
                        category?: "employee" | "rider" | "courier" | "ride_hailing" | "trucking" | "domestic" | "other_gig";
                    };
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportRequestView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiExportRequestsByIdApprove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportRequestView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiExportRequestsByIdRefuse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportRequestView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiExportRequestsByIdDownload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiFiles: {
        parameters: {
            query: {
                purpose: "assistance_evidence" | "appeal_evidence";
                name: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiFilesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMemberImportsTemplateCsv: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMemberImportsTemplateXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMemberImports: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMemberImports: {
        parameters: {
            query: {
                unionId: number;
                fileName: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMemberImportsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMemberImportsByIdRows: {
        parameters: {
            query?: {
                outcome?: "valid" | "exists" | "error" | "inserted";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportRowPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMemberImportsByIdCommit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMemberImportsByIdReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMeJobs: {
        parameters: {
            query?: {
                q?: string;
                kind?: "gig" | "long_term";
                payAtLeast?: number;
                lat?: number;
                lng?: number;
                withinKm?: number;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberJobPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMeJobsSuggested: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberJobPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMeJobsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberJobView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeJobsByIdApply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    intro: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberJobView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMeJobApplications: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobApplicationPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeJobApplicationsByIdWithdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobApplicationView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMeJobSeeker: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MySeekerResponse"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    putApiMeJobSeeker: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    consent: boolean;
                    /**
                     * @default [
                     *       "gig",
                     *       "long_term"
                     *     ]
                     */
                    kinds?: ("gig" | "long_term")[];
                    skills?: string[];
                    lat?: number | null;
                    lng?: number | null;
                    withinKm?: number | null;
                    minPay?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MySeekerResponse"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiGigBoardsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GigBoardResponse"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiGigWalkins: {
        parameters: {
            query: {
                stationId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalkinsResponse"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiGigWalkins: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    stationId: number;
                    name: string;
                    phone: string;
                    skills?: string[];
                    /**
                     * @default [
                     *       "gig"
                     *     ]
                     */
                    kinds?: ("gig" | "long_term")[];
                    consent: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalkinResult"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiJobs: {
        parameters: {
            query?: {
                status?: "in_review" | "published" | "rejected" | "closed";
                unionId?: number;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    unionId: number;
                    employerId?: number | null;
                    employerName?: string | null;
                    title: string;
                    description?: string | null;
                    skills?: string[];
                    /** @enum {string} */
                    kind: "gig" | "long_term";
                    place: string;
                    lat?: number | null;
                    lng?: number | null;
                    payMin: number;
                    payMax: number;
                    /** @enum {string} */
                    payUnit: "hour" | "day" | "month" | "piece";
                    hours?: string | null;
                    headcount: number;
                    /** Format: date */
                    closesOn: string;
                    stationId?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiJobsWording: {
        parameters: {
            query: {
                text: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WordingResult"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiJobsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiJobsByIdReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    approve: boolean;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiJobsByIdClose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiJobsByIdApplications: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobApplicationDetailPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiJobApplicationsByIdMove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status: "interview" | "hired" | "rejected";
                    /** Format: date-time */
                    interviewAt?: string;
                    interviewPlace?: string | null;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobApplicationDetail"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMeJobFairs: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberJobFairPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMeJobFairsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberJobFairDetail"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeJobFairsByIdRegister: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberJobFairDetail"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeJobFairsByIdUnregister: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberJobFairDetail"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiJobFairs: {
        parameters: {
            query?: {
                unionId?: number;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobFairPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiJobFairs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    unionId: number;
                    title: string;
                    description?: string | null;
                    stationId?: number | null;
                    place: string;
                    /** Format: date-time */
                    startsAt: string;
                    /** Format: date-time */
                    endsAt: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobFairDetail"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiJobFairsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobFairDetail"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiJobFairsByIdBooths: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    boothNo: string;
                    employerId?: number | null;
                    employerName?: string | null;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobFairDetail"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    deleteApiJobFairsByIdBoothsByBoothId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                boothId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobFairDetail"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiJobFairsByIdCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobFairDetail"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMembers: {
        parameters: {
            query?: {
                unionId?: number;
                employerId?: number;
                q?: string;
                status?: "active" | "left";
                category?: "employee" | "rider" | "courier" | "ride_hailing" | "trucking" | "domestic" | "other_gig";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMembersSearch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    q?: string;
                    phone?: string;
                    idNumber?: string;
                    unionId?: number;
                    employerId?: number;
                    /** @enum {string} */
                    status?: "active" | "left";
                    /** @enum {string} */
                    category?: "employee" | "rider" | "courier" | "ride_hailing" | "trucking" | "domestic" | "other_gig";
                    /** @default 1 */
                    page?: number;
                    /** @default 20 */
                    pageSize?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMembersExport: {
        parameters: {
            query?: {
                unionId?: number;
                employerId?: number;
                q?: string;
                status?: "active" | "left";
                category?: "employee" | "rider" | "courier" | "ride_hailing" | "trucking" | "domestic" | "other_gig";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMembersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMembersByIdReveal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    field: "idNumber" | "phone";
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevealResponse"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMembersByIdHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            at: string;
                            /** @enum {string} */
                            kind: "joined" | "left" | "reinstated" | "transferred" | "corrected";
                            /** @enum {string} */
                            actor: "member" | "admin" | "system";
                            reason: string | null;
                        }[];
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMembersByIdLeave: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    putApiMembersByIdTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    tags: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMembersByIdReinstate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiJoinUnions: {
        parameters: {
            query?: {
                q?: string;
                category?: "employee" | "rider" | "courier" | "ride_hailing" | "trucking" | "domestic" | "other_gig";
                areaUnionId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            name: string;
                            level: string;
                            formation: string;
                            serves: string[];
                            parentName: string | null;
                        }[];
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiJoinUnionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        name: string;
                        level: string;
                        formation: string;
                        serves: string[];
                        parentName: string | null;
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiJoinEmployers: {
        parameters: {
            query: {
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            name: string;
                            creditCode: string;
                            unionName: string;
                        }[];
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMeApplications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ApplicationView"][];
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeApplications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    idNumber: string;
                    employerId?: number | null;
                    /** @enum {string} */
                    category: "employee" | "rider" | "courier" | "ride_hailing" | "trucking" | "domestic" | "other_gig";
                    job?: string | null;
                    /** @enum {string|null} */
                    politicalStatus?: "party_member" | "probationary" | "league_member" | "masses" | "other" | null;
                    /** @enum {string|null} */
                    education?: "primary" | "junior" | "senior" | "vocational" | "college" | "bachelor" | "master" | "doctor" | null;
                    areaUnionId?: number | null;
                    chosenUnionId?: number | null;
                    viaUnionId?: number | null;
                    lng?: number | null;
                    lat?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    putApiMeApplicationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    idNumber: string;
                    employerId?: number | null;
                    /** @enum {string} */
                    category: "employee" | "rider" | "courier" | "ride_hailing" | "trucking" | "domestic" | "other_gig";
                    job?: string | null;
                    /** @enum {string|null} */
                    politicalStatus?: "party_member" | "probationary" | "league_member" | "masses" | "other" | null;
                    /** @enum {string|null} */
                    education?: "primary" | "junior" | "senior" | "vocational" | "college" | "bachelor" | "master" | "doctor" | null;
                    areaUnionId?: number | null;
                    chosenUnionId?: number | null;
                    viaUnionId?: number | null;
                    lng?: number | null;
                    lat?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeApplicationsByIdWithdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMeMessages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagesResponse"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeMessagesRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiApplications: {
        parameters: {
            query?: {
                status?: "pending" | "approved" | "rejected" | "withdrawn";
                unionId?: number;
                q?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiApplicationsSearch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status?: "pending" | "approved" | "rejected" | "withdrawn";
                    unionId?: number;
                    q?: string;
                    /** @default 1 */
                    page?: number;
                    /** @default 20 */
                    pageSize?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiApplicationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiApplicationsByIdApprove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiApplicationsByIdReject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiApplicationsByIdReroute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    unionId: number;
                    reason?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiApplicationsBatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ids: number[];
                    /** @enum {string} */
                    decision: "approve" | "reject";
                    reason?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchResponse"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMeOffers: {
        parameters: {
            query?: {
                kind?: "voucher" | "course" | "activity" | "subsidy";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["OfferView"][];
                        serverTime: string;
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMeOffersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberOfferView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeClaimPass: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PassView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiClaims: {
        parameters: {
            query?: never;
            header?: {
                "x-zg-pass"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    offerId: number;
                    idempotencyKey: string;
                    /** @default 1 */
                    quantity?: number;
                    surveyAnswer?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimResult"];
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            messages: {
                                "zh-CN": string;
                                en: string;
                            };
                            field?: string;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            messages: {
                                "zh-CN": string;
                                en: string;
                            };
                            field?: string;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getApiMeClaims: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["MyClaimView"][];
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeClaimsByIdCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeClaimsByIdAccept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeClaimsByIdFeedback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    rating: number;
                    comment?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMeClaimsByIdCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token: string;
                        expiresAt: string;
                        refreshSeconds: number;
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeOffersByIdWaitlist: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        claimId: number;
                        position: number;
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiOffersByIdLottery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LotteryView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiOffers: {
        parameters: {
            query?: {
                unionId?: number;
                kind?: "voucher" | "course" | "activity" | "subsidy";
                status?: "draft" | "published" | "cancelled";
                q?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiOffers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    unionId: number;
                    /** @enum {string} */
                    kind: "voucher" | "course" | "activity" | "subsidy";
                    /** @enum {string} */
                    mode: "first_come" | "lottery";
                    title: string;
                    description?: string | null;
                    capacity: number;
                    /** @default 1 */
                    perMemberLimit?: number;
                    /** Format: date-time */
                    opensAt: string;
                    /** Format: date-time */
                    closesAt: string;
                    /** Format: date-time */
                    startsAt?: string | null;
                    /** Format: date-time */
                    endsAt?: string | null;
                    place?: string | null;
                    teacher?: string | null;
                    /** @default false */
                    online?: boolean;
                    merchantId?: number | null;
                    /** @default 0 */
                    faceValueFen?: number;
                    /** @default 0 */
                    pointsCost?: number;
                    /** @default 0 */
                    checkinPoints?: number;
                    /** Format: date-time */
                    validUntil?: string | null;
                    /** @default [] */
                    eligibleCategories?: ("employee" | "rider" | "courier" | "ride_hailing" | "trucking" | "domestic" | "other_gig")[];
                    eligibleTags?: string[];
                    /** @default 0 */
                    minTenureDays?: number;
                    /** @default true */
                    waitlist?: boolean;
                    /** @default 30 */
                    acceptMinutes?: number;
                    cancelHours?: number | null;
                    surveyQuestion?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiOffersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    patchApiOffersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    description?: string | null;
                    capacity?: number;
                    perMemberLimit?: number;
                    /** Format: date-time */
                    opensAt?: string;
                    /** Format: date-time */
                    closesAt?: string;
                    /** Format: date-time */
                    startsAt?: string | null;
                    /** Format: date-time */
                    endsAt?: string | null;
                    place?: string | null;
                    teacher?: string | null;
                    online?: boolean;
                    merchantId?: number | null;
                    faceValueFen?: number;
                    pointsCost?: number;
                    checkinPoints?: number;
                    /** Format: date-time */
                    validUntil?: string | null;
                    eligibleCategories?: ("employee" | "rider" | "courier" | "ride_hailing" | "trucking" | "domestic" | "other_gig")[];
                    eligibleTags?: string[];
                    minTenureDays?: number;
                    waitlist?: boolean;
                    acceptMinutes?: number;
                    cancelHours?: number | null;
                    surveyQuestion?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiOffersByIdPublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiOffersByIdCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiOffersByIdRegistrations: {
        parameters: {
            query?: {
                status?: "confirmed" | "applied" | "waitlisted" | "offered" | "cancelled" | "lost" | "expired" | "rejected";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiOffersByIdRegistrationsXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiOffersByIdMonitor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitorView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiOffersByIdDraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LotteryView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiOffersByIdRegistrationsByClaimIdReject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                claimId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiOffersByIdCheckIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckInResult"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiOffersByIdFeedback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackSummary"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMePoints: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            transactionId: number;
                            /** @enum {string} */
                            kind: "issuance" | "checkin" | "offer_spend" | "offer_refund" | "bill_payment" | "bill_refund" | "adjustment" | "expiry" | "reversal" | "reward";
                            reason: string;
                            /** @enum {string|null} */
                            reasonCode: "bill.phone" | "bill.electricity" | "expired" | "partner.accountNotFound" | "offer.removed" | null;
                            amount: number;
                            expiresAt: string | null;
                            createdAt: string;
                        }[];
                        total: number;
                        page: number;
                        pageSize: number;
                        balance: number;
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMeBills: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["BillView"][];
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeBills: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "phone" | "electricity";
                    account: string;
                    amountFen: number;
                    idempotencyKey: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiPointsMembersById: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            transactionId: number;
                            /** @enum {string} */
                            kind: "issuance" | "checkin" | "offer_spend" | "offer_refund" | "bill_payment" | "bill_refund" | "adjustment" | "expiry" | "reversal" | "reward";
                            reason: string;
                            /** @enum {string|null} */
                            reasonCode: "bill.phone" | "bill.electricity" | "expired" | "partner.accountNotFound" | "offer.removed" | null;
                            amount: number;
                            expiresAt: string | null;
                            createdAt: string;
                        }[];
                        total: number;
                        page: number;
                        pageSize: number;
                        balance: number;
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiPointsAdjustments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    memberId: number;
                    amount: number;
                    reason: string;
                    idempotencyKey: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            transactionId: number;
                            /** @enum {string} */
                            kind: "issuance" | "checkin" | "offer_spend" | "offer_refund" | "bill_payment" | "bill_refund" | "adjustment" | "expiry" | "reversal" | "reward";
                            reason: string;
                            /** @enum {string|null} */
                            reasonCode: "bill.phone" | "bill.electricity" | "expired" | "partner.accountNotFound" | "offer.removed" | null;
                            amount: number;
                            expiresAt: string | null;
                            createdAt: string;
                        }[];
                        total: number;
                        page: number;
                        pageSize: number;
                        balance: number;
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiPointsTransactionsByIdReverse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiPointsIssuance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    unionId: number;
                    month: string;
                    amountPerMember: number;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssueResult"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiPointsIssuanceByUnionId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unionId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        plan: {
                            amountPerMember: number;
                            reason: string;
                            active: boolean;
                        } | null;
                        runs: {
                            transactionId: number;
                            month: string;
                            reason: string;
                            members: number;
                            total: number;
                            at: string;
                        }[];
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    putApiPointsIssuanceByUnionIdPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unionId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amountPerMember: number;
                    reason: string;
                    active: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        plan: {
                            amountPerMember: number;
                            reason: string;
                            active: boolean;
                        } | null;
                        runs: {
                            transactionId: number;
                            month: string;
                            reason: string;
                            members: number;
                            total: number;
                            at: string;
                        }[];
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiPointsReconcile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReconcileView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiStations: {
        parameters: {
            query?: {
                q?: string | null;
                kind?: "rest" | "red" | "gig" | "workers_home" | "activity_centre" | "partner_venue";
                status?: "active" | "retired";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StationPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiStations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    unionId: number;
                    /** @enum {string} */
                    kind: "rest" | "red" | "gig" | "workers_home" | "activity_centre" | "partner_venue";
                    /**
                     * @default union
                     * @enum {string}
                     */
                    owner?: "union" | "youth_league" | "women_federation" | "science_association" | "other";
                    ownerName?: string | null;
                    name: string;
                    address: string;
                    lat: number;
                    lng: number;
                    /**
                     * @default wgs84
                     * @enum {string}
                     */
                    datum?: "wgs84" | "gcj02" | "bd09";
                    hours: {
                        allDay: boolean;
                        weekly: {
                            day: number;
                            open: string;
                            close: string;
                        }[];
                        /** @enum {string} */
                        holidays: "open" | "closed";
                    };
                    /** @default [] */
                    amenities?: string[];
                    story?: string | null;
                    contact?: string | null;
                    /** @default false */
                    movable?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StationView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiStationsIndex: {
        parameters: {
            query?: {
                month?: string;
                unionId?: number;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScorePage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiStationsCockpit: {
        parameters: {
            query?: {
                unionId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StationsPanelView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiStationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StationView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    patchApiStationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind?: "rest" | "red" | "gig" | "workers_home" | "activity_centre" | "partner_venue";
                    /** @enum {string} */
                    owner?: "union" | "youth_league" | "women_federation" | "science_association" | "other";
                    ownerName?: string | null;
                    name?: string;
                    address?: string;
                    hours?: {
                        allDay: boolean;
                        weekly: {
                            day: number;
                            open: string;
                            close: string;
                        }[];
                        /** @enum {string} */
                        holidays: "open" | "closed";
                    };
                    amenities?: string[];
                    story?: string | null;
                    contact?: string | null;
                    movable?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StationView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    putApiStationsByIdPosition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    lat: number;
                    lng: number;
                    /**
                     * @default wgs84
                     * @enum {string}
                     */
                    datum?: "wgs84" | "gcj02" | "bd09";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StationView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiStationsByIdRetire: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StationView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiStationsByIdManagers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StationView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    deleteApiStationsByIdManagersByAccountId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                accountId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StationView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiStationsByIdPoster: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PosterResponse"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiStationsByIdPosterReissue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PosterResponse"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiStationsByIdPhotos: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StationView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiStationsByIdPhotosByNameCover: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StationView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    deleteApiStationsByIdPhotosByName: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StationView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getMediaStationsByName: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiStationAmenities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AmenitiesResponse"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiStationAmenities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    key: string;
                    nameZh: string;
                    nameEn: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AmenitiesResponse"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiStationsByIdScore: {
        parameters: {
            query?: {
                month?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiStationsByIdVisits: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiStationsByIdVisits: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    cardToken: string;
                    /** @default rest */
                    service?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiStationsByIdVisitsDaily: {
        parameters: {
            query?: {
                days?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DailyResponse"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiStationsByIdRooms: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomsResponse"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiStationsByIdRooms: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    capacity: number;
                    slotMinutes: number;
                    weekdays: number[];
                    dayOpens: string;
                    dayCloses: string;
                    horizonDays: number;
                    /** @default 08:00 */
                    releaseTime?: string;
                    /** @default 2 */
                    perMemberLimit?: number;
                    /** @default 2 */
                    cancelHours?: number;
                    /** @default false */
                    needsApproval?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiStationRoomsByIdSlots: {
        parameters: {
            query: {
                day: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlotsResponse"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiRoomSlotsByIdClose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomSlotView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiStationsByIdBookings: {
        parameters: {
            query?: {
                day?: string;
                status?: "pending" | "confirmed" | "rejected" | "cancelled" | "attended" | "no_show";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomBookingPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiRoomBookingsByIdApprove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomBookingView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiRoomBookingsByIdReject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomBookingView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiRoomBookingsByIdCheckIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomBookingView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiStationsByIdReviews: {
        parameters: {
            query?: {
                status?: "open" | "answered" | "closed";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiStationReviewsByIdReply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reply: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiStationReviewsByIdClose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiPublicMapSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MapSettingsView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiPublicStationsNearby: {
        parameters: {
            query?: {
                lat?: number;
                lng?: number;
                place?: string | null;
                kinds?: string;
                amenities?: string;
                openNow?: "true" | "false";
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NearbyResponse"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiPublicStationsById: {
        parameters: {
            query?: {
                lat?: number;
                lng?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberStationView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeStationsByIdVisits: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                    /** @default rest */
                    service?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMeStationVisits: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMeStationRoomsByIdSlots: {
        parameters: {
            query: {
                day: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlotsResponse"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMeRoomBookings: {
        parameters: {
            query?: {
                day?: string;
                status?: "pending" | "confirmed" | "rejected" | "cancelled" | "attended" | "no_show";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomBookingPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeRoomBookings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    slotId: number;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomBookingView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeRoomBookingsByIdCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomBookingView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeStationReviews: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    visitId?: number;
                    bookingId?: number;
                    rating: number;
                    /** @default  */
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiPing: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                        /** @enum {string} */
                        database: "pglite" | "postgres";
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiReady: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ready: boolean;
                        /** @enum {string} */
                        phase: "serving" | "draining" | "closing";
                        database: boolean;
                        migrations: {
                            applied: number;
                            expected: number;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ready: boolean;
                        /** @enum {string} */
                        phase: "serving" | "draining" | "closing";
                        database: boolean;
                        migrations: {
                            applied: number;
                            expected: number;
                        };
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiPending: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        counts: {
                            [key: string]: number;
                        };
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiJobsFailed: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            name: string;
                            error: string;
                            retries: number;
                            createdAt: string;
                            failedAt: string;
                        }[];
                        total: number;
                        page: number;
                        pageSize: number;
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiJobsByIdRetry: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMeTransfers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["TransferView"][];
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeTransfers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    toUnionId: number;
                    reason?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeTransfersByIdCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMembersByIdTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    toUnionId: number;
                    reason?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiTransfers: {
        parameters: {
            query?: {
                status?: "pending_out" | "pending_in" | "completed" | "rejected" | "cancelled";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiTransfersByIdApprove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiTransfersByIdReject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiUnions: {
        parameters: {
            query?: {
                parentId?: number;
                q?: string;
                level?: "province" | "city" | "county" | "township" | "base";
                includeInactive?: "true" | "false";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnionPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiUnions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    parentId: number;
                    name: string;
                    /** @enum {string} */
                    level: "province" | "city" | "county" | "township" | "base";
                    /** @enum {string} */
                    formation: "single" | "joint" | "industry" | "area";
                    address?: string | null;
                    lng?: number | null;
                    lat?: number | null;
                    serves?: ("employee" | "rider" | "courier" | "ride_hailing" | "trucking" | "domestic" | "other_gig")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnionDetail"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiUnionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnionDetail"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    patchApiUnionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    serves?: ("employee" | "rider" | "courier" | "ride_hailing" | "trucking" | "domestic" | "other_gig")[];
                    autoApprove?: boolean;
                    /** @enum {string} */
                    formation?: "single" | "joint" | "industry" | "area";
                    address?: string | null;
                    lng?: number | null;
                    lat?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnionDetail"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiUnionsByIdMove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    newParentId: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnionDetail"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiUnionsByIdDeactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnionDetail"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiUnionsByIdReactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnionDetail"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMeVolunteer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyVolunteerResponse"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    putApiMeVolunteer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    skills?: string[];
                    availability?: string | null;
                    areas?: string | null;
                    intention?: string | null;
                    /** @default false */
                    modelWorker?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyVolunteerResponse"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    deleteApiMeVolunteer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyVolunteerResponse"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMeVolunteerTeams: {
        parameters: {
            query?: {
                specialty?: "emergency" | "repair" | "legal" | "medical" | "teaching" | "care" | "other";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyTeamsPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeVolunteerTeamsByIdJoin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyVolunteerResponse"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeVolunteerTeamsByIdLeave: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyVolunteerResponse"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMeVolunteerTeamsByIdLogs: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeVolunteerTeamsByIdLogs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    happenedOn: string;
                    body: string;
                    /** @default 0 */
                    peopleServed?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeVolunteerTeamsByIdLogsByLogIdPhotos: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                logId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMeVolunteerOrders: {
        parameters: {
            query?: {
                which?: "open" | "mine";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeVolunteerOrdersByIdTake: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    teamId: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeVolunteerOrdersByIdDone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeVolunteerOrdersByIdPhotos: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMeVolunteerRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyRulesResponse"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMeServiceItems: {
        parameters: {
            query?: {
                specialty?: "emergency" | "repair" | "legal" | "medical" | "teaching" | "care" | "other";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMeServiceOrders: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeServiceOrders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    itemId: number;
                    name: string;
                    /** Format: date-time */
                    wantedAt: string;
                    place: string;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMeServiceOrdersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderDetail"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeServiceOrdersByIdCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderDetail"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeServiceOrdersByIdConfirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    rating: number;
                    comment?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderDetail"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiVolunteers: {
        parameters: {
            query?: {
                unionId?: number;
                modelWorker?: "true" | "false";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolunteerPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiVolunteerTeams: {
        parameters: {
            query?: {
                unionId?: number;
                specialty?: "emergency" | "repair" | "legal" | "medical" | "teaching" | "care" | "other";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiVolunteerTeams: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    unionId: number;
                    name: string;
                    /** @enum {string} */
                    specialty: "emergency" | "repair" | "legal" | "medical" | "teaching" | "care" | "other";
                    description?: string | null;
                    /** @default true */
                    openToJoin?: boolean;
                    leaderVolunteerId?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamDetail"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiVolunteerTeamsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamDetail"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    patchApiVolunteerTeamsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @enum {string} */
                    specialty?: "emergency" | "repair" | "legal" | "medical" | "teaching" | "care" | "other";
                    description?: string | null;
                    /** @default true */
                    openToJoin?: boolean;
                    leaderVolunteerId?: number | null;
                    /** @enum {string} */
                    status?: "active" | "closed";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamDetail"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiVolunteerTeamsByIdRequests: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    volunteerId: number;
                    approve: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamDetail"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiVolunteerTeamsByIdLogs: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiVolunteerTeamsByIdLogs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    happenedOn: string;
                    body: string;
                    /** @default 0 */
                    peopleServed?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiServiceItems: {
        parameters: {
            query?: {
                unionId?: number;
                status?: "active" | "retired";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiServiceItems: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    unionId: number;
                    stationId?: number | null;
                    name: string;
                    description?: string | null;
                    /** @enum {string} */
                    specialty: "emergency" | "repair" | "legal" | "medical" | "teaching" | "care" | "other";
                    /** @default 480 */
                    takeWithinMinutes?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    patchApiServiceItemsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    stationId?: number | null;
                    name?: string;
                    description?: string | null;
                    /** @enum {string} */
                    specialty?: "emergency" | "repair" | "legal" | "medical" | "teaching" | "care" | "other";
                    /** @default 480 */
                    takeWithinMinutes?: number;
                    /** @enum {string} */
                    status?: "active" | "retired";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiServiceOrders: {
        parameters: {
            query?: {
                status?: "placed" | "taken" | "done" | "confirmed" | "cancelled";
                escalated?: "true";
                unionId?: number;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiServiceOrdersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderDetail"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiServiceOrdersByIdAssign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    teamId: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderDetail"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiServiceOrdersByIdCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderDetail"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiVolunteerPointRules: {
        parameters: {
            query?: {
                unionId?: number;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RulePage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiVolunteerPointRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    unionId: number;
                    orderPoints: number;
                    /** @default {} */
                    pointsBySpecialty?: {
                        [key: string]: number;
                    };
                    bonusMinRating: number;
                    bonusPoints: number;
                    hourPoints: number;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMeVolunteerActivities: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyActivityPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeVolunteerActivitiesByIdSignup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeVolunteerActivitiesByIdCheckin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScanResult"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeVolunteerActivitiesByIdCheckout: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScanResult"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMeVolunteerHours: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyHoursResponse"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMeVolunteerCertificates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HoursCertificateView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMeVolunteerCertificatesByCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HoursCertificateView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiVolunteerCertificatesByCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HoursCertificateView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiVolunteerActivities: {
        parameters: {
            query?: {
                unionId?: number;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityPage"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiVolunteerActivities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    unionId: number;
                    teamId?: number | null;
                    title: string;
                    description?: string | null;
                    stationId?: number | null;
                    place: string;
                    /** Format: date-time */
                    startsAt: string;
                    /** Format: date-time */
                    endsAt: string;
                    offerId?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiVolunteerActivitiesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiVolunteerActivitiesByIdPoster: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityPosterResponse"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiVolunteerActivitiesByIdSignups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignupsResponse"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiVolunteerActivitiesByIdHours: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    approve: boolean;
                    ids?: number[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfirmHoursResult"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getMediaVolunteerLogsByName: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getMediaServiceOrdersByName: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMeVouchers: {
        parameters: {
            query?: {
                status?: "valid" | "used" | "expired";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            code: string;
                            /** @enum {string} */
                            status: "valid" | "used" | "expired" | "void";
                            offer: {
                                id: number;
                                title: string;
                            };
                            merchant: string | null;
                            faceValueFen: number;
                            validUntil: string | null;
                            redeemedAt: string | null;
                            createdAt: string;
                        }[];
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMerchants: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["MerchantView"][];
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMerchants: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    unionId: number;
                    name: string;
                    address?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MerchantView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    patchApiMerchantsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    address?: string | null;
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MerchantView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiBudgetsByUnionIdByYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unionId: number;
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    putApiBudgetsByUnionIdByYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unionId: number;
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amountFen: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMerchantVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    postApiMerchantRedeem: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionView"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    getApiMerchantRedemptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["RedemptionView"][];
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
}
