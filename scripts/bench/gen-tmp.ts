import { writeSyntheticIncidents } from './synthetic-incidents';
await writeSyntheticIncidents(process.argv[2]!, Number(process.argv[3]));
