#pragma once

namespace vanphong::office {

// What an operation needs, checked by the core before it writes (AccessControl).
// Reading is not listed: every active user reads, as far as their clearance goes.
enum class Permission {
    ManageUsers,       // add, change, disable, remove users; reset passwords
    EditProfile,       // the office profile, the committee's terms, the document types
    MaintainFile,      // restore a backup, rekey the file
    BackUpFile,        // take an encrypted backup copy
    RegisterDocuments, // incoming and outgoing registers: add, import, issue, release, done, scans, corrections
    CancelIssuedDocuments, // cancel an outgoing document that was issued under its number
    DirectDocuments,   // hand a document over with the leader's direction
    ExportRegisters,   // copy lists or files out of the encrypted file (spreadsheets, extracted scans)
    PrepareMeetings,   // meetings, agenda, checklists, attendance, minutes, papers, decisions, packages
    ManageCommittee,   // the committee's members and the checklist templates
    FollowUpMeetings,  // approve guests, mark follow-up tasks done
    KeepArchives,      // the dossier list, filing documents into dossiers, closing them, hand-over and lending
    ApproveArchives,   // record the approval of a year's dossier list
    DestroyArchives,   // destroy dossiers whose retention ran out, after the council's decision
    KeepAssets,        // the asset register: items, categories, movements, yearly depreciation, inventories
    ExportAssets,      // print the asset papers, export the asset register's lists
};

} // namespace vanphong::office
